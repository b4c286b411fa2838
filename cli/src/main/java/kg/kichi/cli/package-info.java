/**
 * The kichi command line: the picocli command ({@link kg.kichi.cli.Kichi}) with one subcommand per subpackage,
 * the options they share ({@link kg.kichi.cli.Options}), exit codes, one-line errors and the text and JSON output
 * shared by the commands (docs/cli.md). Not a library API: the jar is an application.
 */
package kg.kichi.cli;
