package kg.kichi.cli.validate;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import kg.kichi.core.catalogue.Catalogue;
import kg.kichi.core.grant.Grant;
import kg.kichi.core.organisation.Organisation;
import kg.kichi.core.programme.DonorProgramme;
import kg.kichi.core.project.Project;
import kg.kichi.json.InvalidDocumentException;
import kg.kichi.json.ReadLimits;
import kg.kichi.json.giving360.Giving360Reader;
import kg.kichi.json.stream.DocumentHandler;

/**
 * Reads 360Giving packages with {@link Giving360Reader}: whole for {@code export-360giving} and {@code convert},
 * streaming for {@code validate} and {@code report}. 360Giving allows members of a publisher's own anywhere, so
 * strict and lenient read alike.
 */
public final class Giving360FileReader implements DocumentReader {
    private final Giving360Reader reader;

    /** @param reader the configured 360Giving reader */
    public Giving360FileReader(Giving360Reader reader) {
        this.reader = reader;
    }

    @Override
    public DocumentReader withMaxDocumentLength(long bytes) {
        return new Giving360FileReader(reader.withLimits(ReadLimits.defaults().withMaxDocumentLength(bytes)));
    }

    @Override
    public ReadResult read(InputStream in, boolean strict, Locale locale) throws IOException {
        try {
            return ReadResult.valid(reader.read(in));
        } catch (InvalidDocumentException invalid) {
            return ReadResult.invalid(KichiJsonReader.problems(invalid, locale));
        } catch (UncheckedIOException failed) {
            throw failed.getCause();
        }
    }

    @Override
    public ReadResult check(InputStream in, boolean strict, Locale locale) throws IOException {
        WalkResult walked = walk(in, strict, locale, value -> { });
        return walked.isValid() ? ReadResult.checked() : ReadResult.invalid(walked.problems());
    }

    @Override
    public WalkResult walk(InputStream in, boolean strict, Locale locale, Consumer<Object> elements)
            throws IOException {
        Catalogue[] envelope = new Catalogue[1];
        try {
            reader.stream(in, new DocumentHandler() {
                @Override
                public void grant(Grant value) {
                    elements.accept(value);
                }

                @Override
                public void organisation(Organisation value) {
                    elements.accept(value);
                }

                @Override
                public void programme(DonorProgramme value) {
                    elements.accept(value);
                }

                @Override
                public void project(Project value) {
                    elements.accept(value);
                }
            }, catalogue -> envelope[0] = catalogue);
            return new WalkResult(Optional.of(envelope[0].getId()), envelope[0].getTitle(), List.of());
        } catch (InvalidDocumentException invalid) {
            return new WalkResult(Optional.empty(), Optional.empty(), KichiJsonReader.problems(invalid, locale));
        } catch (UncheckedIOException failed) {
            throw failed.getCause();
        }
    }
}
