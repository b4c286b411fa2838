/**
 * The {@code kichi} command line: {@code validate}, {@code report}, {@code resolve} and {@code export} over Kichi
 * JSON documents. An application, not a library: it exports nothing; its main class is {@code kg.kichi.cli.Kichi}.
 */
module kg.kichi.cli {
    requires kg.kichi.core;
    requires kg.kichi.json;
    requires kg.kichi.examples;
}
