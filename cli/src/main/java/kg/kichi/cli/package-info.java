/**
 * The kichi command line: argument parsing, dispatch to one command per subpackage, exit codes and the text
 * and JSON output shared by the commands (docs/cli.md). Not a library API: the jar is an application.
 */
package kg.kichi.cli;
