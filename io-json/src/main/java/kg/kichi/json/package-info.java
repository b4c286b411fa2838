/**
 * Kichi's JSON layer (Jackson 3): {@link kg.kichi.json.KichiJson} reads, writes and validates documents in the
 * Kichi format 1.0; {@link kg.kichi.json.KichiModule} makes every type of the model (de)serializable by any
 * {@code JsonMapper}; problems come as {@link kg.kichi.json.DocumentProblem}s with JSON Pointers inside one
 * {@link kg.kichi.json.InvalidDocumentException}.
 */
package kg.kichi.json;
