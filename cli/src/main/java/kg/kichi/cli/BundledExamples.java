package kg.kichi.cli;

import java.util.ArrayList;
import java.util.List;
import kg.kichi.examples.ExampleCatalogues;

/** The five seed datasets bundled with Kichi, as {@link ExampleCatalogues} gives them. */
public final class BundledExamples {
    private BundledExamples() {
    }

    /**
     * Reads every bundled example.
     *
     * @return one document per example, in seed order, each named by its file name
     */
    public static List<Document> load() {
        List<Document> documents = new ArrayList<>();
        ExampleCatalogues.all().forEach((example, catalogue) ->
                documents.add(new Document(example.getFileName(), catalogue)));
        return documents;
    }
}
