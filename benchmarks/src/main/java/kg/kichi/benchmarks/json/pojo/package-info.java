/**
 * The baseline of the JSON benchmarks: plain mutable classes with public fields mirroring the document format,
 * which Jackson databind fills with no validation at all (texts as maps, dates and references as strings).
 */
package kg.kichi.benchmarks.json.pojo;
