/**
 * kichi convert: a document rewritten from one format to the other (Kichi, 360Giving).
 */
package kg.kichi.cli.convert;
