/**
 * Data quality over JSON documents: {@link kg.kichi.json.quality.DocumentQuality} streams a document into a
 * {@link kg.kichi.core.quality.QualityAnalysis} with each object's JSON Pointer, and
 * {@link kg.kichi.json.quality.QualityReportJson} writes the report as JSON.
 */
package kg.kichi.json.quality;
