/** Codecs of the model's small values: money, localized text, partial dates, periods, ranges, coverage, codes. */
package kg.kichi.json.internal.value;
