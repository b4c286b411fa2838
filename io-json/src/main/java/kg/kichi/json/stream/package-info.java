/**
 * Streaming: {@link kg.kichi.json.internal.stream.DocumentParser} walks a document element by element in constant memory,
 * {@link kg.kichi.json.internal.stream.StreamingIntegrity} checks ids and references with id sets, and
 * {@link kg.kichi.json.stream.DocumentWriter} writes a document one object at a time.
 */
package kg.kichi.json.stream;
