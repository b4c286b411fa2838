/**
 * kichi export-360giving: a Kichi document written as a 360Giving package.
 */
package kg.kichi.cli.giving;
