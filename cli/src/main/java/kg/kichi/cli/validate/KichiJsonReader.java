package kg.kichi.cli.validate;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import kg.kichi.json.InvalidDocumentException;
import kg.kichi.json.KichiJson;
import kg.kichi.json.KichiReader;
import kg.kichi.json.Mode;
import kg.kichi.json.ReadLimits;
import kg.kichi.json.stream.Section;
import kg.kichi.json.stream.DocumentHandler;
import kg.kichi.json.stream.DocumentSummary;

/**
 * Reads documents with {@link KichiJson}: whole ({@link #read}) for {@code export-360giving}, streaming element by
 * element ({@link #check}, {@link #walk}) for {@code validate} and {@code report}.
 */
public final class KichiJsonReader implements DocumentReader {
    private static final DocumentHandler DISCARD = new DocumentHandler() {
    };

    @Override
    public ReadResult read(InputStream in, boolean strict, Locale locale) throws IOException {
        try {
            return ReadResult.valid(reader(strict).read(in));
        } catch (InvalidDocumentException invalid) {
            return ReadResult.invalid(problems(invalid, locale));
        } catch (UncheckedIOException failed) {
            throw failed.getCause();
        }
    }

    @Override
    public ReadResult check(InputStream in, boolean strict, Locale locale) throws IOException {
        try {
            reader(strict).stream(in, DISCARD);
            return ReadResult.checked();
        } catch (InvalidDocumentException invalid) {
            return ReadResult.invalid(problems(invalid, locale));
        } catch (UncheckedIOException failed) {
            throw failed.getCause();
        }
    }

    @Override
    public WalkResult walk(InputStream in, boolean strict, Locale locale, Consumer<Object> elements)
            throws IOException {
        try {
            DocumentSummary summary = reader(strict).stream(in, new DocumentHandler() {
                @Override
                public void accept(Section section, Object value) {
                    elements.accept(value);
                }
            });
            return new WalkResult(Optional.of(summary.getId()), summary.getTitle(), List.of());
        } catch (InvalidDocumentException invalid) {
            return new WalkResult(Optional.empty(), Optional.empty(), problems(invalid, locale));
        } catch (UncheckedIOException failed) {
            throw failed.getCause();
        }
    }

    private final ReadLimits limits;

    /** A reader with the default {@link ReadLimits}. */
    public KichiJsonReader() {
        this(ReadLimits.defaults());
    }

    private KichiJsonReader(ReadLimits limits) {
        this.limits = limits;
    }

    @Override
    public DocumentReader withMaxDocumentLength(long bytes) {
        return new KichiJsonReader(limits.withMaxDocumentLength(bytes));
    }

    private KichiReader reader(boolean strict) {
        return KichiJson.reader().withLimits(limits).withMode(strict ? Mode.STRICT : Mode.LENIENT);
    }

    static List<Problem> problems(InvalidDocumentException invalid, Locale locale) {
        return invalid.getProblems().stream()
                .map(p -> new Problem(p.getPointer(), p.getCode(), p.getMessage(locale)
                        + (p.getLine() > 0 ? " " + p.getLocation(locale) : "")))
                .toList();
    }
}
