/**
 * The {@code kichi} command line: {@code validate}, {@code report}, {@code resolve}, {@code export-360giving},
 * {@code screen}, {@code quality}, {@code convert} and {@code select} over Kichi JSON documents and 360Giving
 * packages. An application, not a library: it exports nothing; its main class is {@code kg.kichi.cli.Kichi}.
 * Its command and option classes are open to picocli, which sets their annotated fields.
 */
module kg.kichi.cli {
    requires kg.kichi.core;
    requires kg.kichi.json;
    requires kg.kichi.examples;
    requires info.picocli;

    opens kg.kichi.cli to info.picocli;
    opens kg.kichi.cli.convert to info.picocli;
    opens kg.kichi.cli.giving to info.picocli;
    opens kg.kichi.cli.quality to info.picocli;
    opens kg.kichi.cli.report to info.picocli;
    opens kg.kichi.cli.resolve to info.picocli;
    opens kg.kichi.cli.screen to info.picocli;
    opens kg.kichi.cli.select to info.picocli;
    opens kg.kichi.cli.validate to info.picocli;
}
