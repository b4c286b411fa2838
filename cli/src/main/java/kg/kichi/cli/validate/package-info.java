/**
 * kichi validate and the document reading every command shares ({@link kg.kichi.cli.validate.DocumentFiles}):
 * Kichi documents and 360Giving packages, recognised by content or named by {@code --from}, read with the
 * library's readers, problems printed with their JSON Pointers.
 */
package kg.kichi.cli.validate;
