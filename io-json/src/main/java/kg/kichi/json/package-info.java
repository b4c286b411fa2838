/**
 * Kichi's JSON layer (Jackson 3): {@link kg.kichi.json.KichiJson} reads, writes and validates documents in the
 * Kichi format 1.0; {@link kg.kichi.json.KichiModule} makes every type of the model (de)serializable by any
 * {@code JsonMapper}; problems come as {@link kg.kichi.json.DocumentProblem}s with JSON Pointers inside one
 * {@link kg.kichi.json.InvalidDocumentException}.
 *
 * <h2>Codes of the JSON layer</h2>
 * <ul>
 *   <li>{@code kichi.json.syntax}: malformed JSON, content after the document, empty input (with line, column);
 *   the argument {@code kind} says which ({@link kg.kichi.json.SyntaxKind}), and each kind has its own message</li>
 *   <li>{@code kichi.json.type}: a value of the wrong JSON type ({@code expected}, {@code actual})</li>
 *   <li>{@code kichi.json.null}: {@code null} where a value or nothing is expected</li>
 *   <li>{@code kichi.json.unknownMember}: a member the format does not define (strict mode, and small values)</li>
 *   <li>{@code kichi.json.duplicateKey}: a member name twice in one object (ends the read)</li>
 *   <li>{@code kichi.json.limit}: a {@link kg.kichi.json.ReadLimits limit} exceeded (ends the read, with line,
 *   column); the argument {@code limit} says which ({@link kg.kichi.json.LimitKind}), {@code maximum} the limit, and
 *   each limit has its own message</li>
 *   <li>{@code kichi.json.version}: a {@code formatVersion} other than 1.x</li>
 *   <li>{@code kichi.json.code}: a code not in the list ({@code value}, {@code allowed})</li>
 *   <li>{@code kichi.json.number}: a number out of range for its member, or an exponent beyond 40 digits</li>
 *   <li>{@code kichi.json.dateTime}: not an ISO 8601 date-time with offset</li>
 *   <li>{@code kichi.json.tooManyProblems}: reading stopped after {@link kg.kichi.json.ReadLimits#getMaxProblems()}</li>
 * </ul>
 * Every other code is the model's own ({@code kichi.required}, {@code kichi.money.scale},
 * {@code kichi.catalogue.unknownReference}, …), reported at the pointer of the value at fault.
 */
package kg.kichi.json;
