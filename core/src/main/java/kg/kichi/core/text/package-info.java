/**
 * Texts in several languages: {@link kg.kichi.core.text.LocalizedText}.
 *
 * <p>A text has at least one language, each an ISO 639 code ({@code ky}, {@code ru}, {@code en}, or any other), and no
 * blank text. Kichi never translates: a language the source did not write is absent.
 */
package kg.kichi.core.text;
