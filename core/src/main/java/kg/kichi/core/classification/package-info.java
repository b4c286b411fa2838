/**
 * Codes from named vocabularies: {@link kg.kichi.core.classification.Classification}, such as OECD DAC sector
 * {@code 15150}. The themes of programmes, projects, calls and grants are classifications; two are equal when
 * vocabulary and code are.
 */
package kg.kichi.core.classification;
