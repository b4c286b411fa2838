/**
 * kichi validate and the document reading shared by the commands: format recognition, limits, problems with
 * their JSON Pointers.
 */
package kg.kichi.cli.validate;
