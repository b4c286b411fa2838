/** Codecs of the model's objects (organisations, programmes, projects, calls, applications, grants) and the envelope. */
package kg.kichi.json.internal.model;
