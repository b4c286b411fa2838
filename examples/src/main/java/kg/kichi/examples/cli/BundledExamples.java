package kg.kichi.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import kg.kichi.examples.ExampleDataset;
import kg.kichi.json.InvalidDocumentException;
import kg.kichi.json.KichiJson;
import kg.kichi.json.Mode;

/** The five seed datasets bundled with Kichi, read strictly from the class path. */
public final class BundledExamples {
    private BundledExamples() {
    }

    /**
     * Reads every bundled example.
     *
     * @return one document per example, in seed order, each named by its file name
     * @throws IllegalStateException if a fixture is missing or invalid (a broken build)
     */
    public static List<Document> load() {
        List<Document> documents = new ArrayList<>();
        for (ExampleDataset example : ExampleDataset.values()) {
            try (InputStream in = example.openStream()) {
                documents.add(new Document(example.getFileName(), KichiJson.read(in, Mode.STRICT)));
            } catch (InvalidDocumentException invalid) {
                throw new IllegalStateException("bundled example " + example.getFileName() + " is invalid: "
                        + invalid.getProblems().get(0), invalid);
            } catch (IOException failed) {
                throw new UncheckedIOException("cannot read bundled example " + example.getFileName(), failed);
            }
        }
        return documents;
    }
}
