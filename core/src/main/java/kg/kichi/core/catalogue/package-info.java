/**
 * Datasets ({@link kg.kichi.core.catalogue.Catalogue}): the organisations, programmes, projects, calls, applications
 * and grants of one document, with every reference between them checked.
 *
 * <p>Identifiers are unique per kind, and every identifier referred to exists in the catalogue, with the kind the
 * reference expects; a catalogue that breaks either is never built. A document is read and written as a catalogue by
 * kichi-io-json.
 */
package kg.kichi.core.catalogue;
