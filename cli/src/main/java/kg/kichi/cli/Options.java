package kg.kichi.cli;

import java.util.List;
import java.util.Locale;
import kg.kichi.cli.validate.DocumentFiles;
import kg.kichi.cli.validate.Format;
import kg.kichi.json.Mode;
import kg.kichi.json.ReadLimits;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The options several commands share, as picocli mixins: each is declared once, so its name, help and checks are
 * the same in every command that has it.
 */
public final class Options {
    private Options() {}

    /** {@code -h}, {@code --help}: the command's generated help. */
    public static final class Help {
        @Option(names = {"-h", "--help"}, usageHelp = true, description = "show this help")
        boolean help;
    }

    /** {@code --lang en|ru|ky}: the language of messages, titles and names. */
    public static final class Language {
        /** The languages of the message bundles, the first the default. */
        public static final List<String> CHOICES = List.of("en", "ru", "ky");

        @Spec(Spec.Target.MIXEE)
        CommandSpec spec;

        @Option(names = "--lang", paramLabel = "LANG", completionCandidates = LanguageCandidates.class,
                description = "language of messages, titles and names: en (default), ru or ky")
        String value = CHOICES.get(0);

        /** @return {@code en}, {@code ru} or {@code ky} */
        public String code() {
            return Usage.choice(spec, "--lang", value, CHOICES);
        }

        /** @return the language as a locale */
        public Locale locale() {
            return Locale.forLanguageTag(code());
        }
    }

    /** The completion candidates of {@code --lang}. */
    static final class LanguageCandidates implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return Language.CHOICES.iterator();
        }
    }

    /** {@code --format text|json}: how results are written. */
    public static final class Output {
        private static final List<String> CHOICES = List.of("text", "json");

        @Spec(Spec.Target.MIXEE)
        CommandSpec spec;

        @Option(names = "--format", paramLabel = "FORMAT", completionCandidates = OutputCandidates.class,
                description = "text (default) or json (shape in docs/cli.md)")
        String value = CHOICES.get(0);

        /** @return whether JSON was asked for */
        public boolean json() {
            return Usage.choice(spec, "--format", value, CHOICES).equals("json");
        }
    }

    /** The completion candidates of {@code --format}. */
    static final class OutputCandidates implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return Output.CHOICES.iterator();
        }
    }

    /** {@code --strict} or {@code --lenient}: how a Kichi document's unknown members are taken. */
    public static final class Strictness {
        @Spec(Spec.Target.MIXEE)
        CommandSpec spec;

        @Option(names = "--strict", description = "unknown members are errors (the default)")
        boolean strict;

        @Option(names = "--lenient", description = "unknown members are kept, not reported")
        boolean lenient;

        /** @return the reading mode; strict unless {@code --lenient} */
        public Mode mode() {
            if (strict && lenient) {
                throw Usage.error(spec, "--strict and --lenient exclude each other");
            }
            return lenient ? Mode.LENIENT : Mode.STRICT;
        }
    }

    /**
     * {@code --from kichi|360giving}: the format of every input file, otherwise recognised by its content; and the
     * one way the commands read document files ({@link DocumentFiles}).
     */
    public static final class Input {
        @Spec(Spec.Target.MIXEE)
        CommandSpec spec;

        // a label of its own: the completion script names its list of values after the label
        @Option(names = "--from", paramLabel = "IN_FORMAT", completionCandidates = FormatCandidates.class,
                description = "the input's format, kichi or 360giving (default: recognised by content)")
        String from;

        /** @return the format named by {@code --from}, or null to recognise each file by its content */
        public Format format() {
            return from == null ? null : Format.of(Usage.choice(spec, "--from", from, Format.codes()));
        }

        /**
         * @param io where progress and problems go
         * @return the reader of the files named on the command line, with the default limits
         */
        public DocumentFiles files(Io io) {
            return files(io, ReadLimits.defaults());
        }

        /**
         * @param io where progress and problems go
         * @param limits the reading limits
         * @return the reader of the files named on the command line
         */
        public DocumentFiles files(Io io, ReadLimits limits) {
            return new DocumentFiles(io, format(), limits);
        }
    }

    /** The completion candidates of {@code --from} and {@code --to}. */
    public static final class FormatCandidates implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return Format.codes().iterator();
        }
    }
}
