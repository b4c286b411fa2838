/**
 * kichi quality: the data-quality report over one or more documents checked together.
 */
package kg.kichi.cli.quality;
