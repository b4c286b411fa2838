/**
 * Data quality: checks of what is valid but probably wrong or incomplete, within a document and across
 * documents. Each {@link kg.kichi.core.quality.QualityCheck} is a value with a stable code, a category and a
 * severity; {@link kg.kichi.core.quality.QualityAnalysis} runs them all over objects fed one at a time, in
 * memory bounded by what the cross-object checks keep, and gives a {@link kg.kichi.core.quality.QualityReport}
 * (per check: objects looked at, flagged, first findings with their JSON Pointers).
 */
package kg.kichi.core.quality;
