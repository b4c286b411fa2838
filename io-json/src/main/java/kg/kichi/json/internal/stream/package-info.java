/**
 * Not API. The streaming machinery behind KichiReader.stream and the document writer: the element-by-element
 * parser and the reference checks kept in bounded memory (compact id sets, bounded forward references).
 */
package kg.kichi.json.internal.stream;
