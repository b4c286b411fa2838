/**
 * Codecs of the model's objects (organisations, programmes, projects, calls, applications, grants), each declared
 * one line per member, and the document's envelope, whose catalogue members are declared one line each in
 * {@link kg.kichi.json.internal.model.Envelope#MEMBERS}.
 */
package kg.kichi.json.internal.model;
