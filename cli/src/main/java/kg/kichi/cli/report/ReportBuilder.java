package kg.kichi.cli.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import kg.kichi.core.catalogue.Catalogue;
import kg.kichi.cli.Document;

/**
 * Computes a {@link Report}, dataset by dataset, from whole catalogues ({@link #add(Document)}) or from objects
 * as a streaming read hands them over ({@link #startDataset()}, then {@link #endDataset}). Only stated amounts
 * are summed, never converted between currencies; grants are placed by their own coverage, rolled up to
 * first-level units. Not thread-safe: one builder per report.
 */
public final class ReportBuilder {
    private final RegionRollUp rollUp;
    private final String language;
    private final OrganisationTally organisations;
    private final List<DatasetSummary> datasets = new ArrayList<>();
    private DatasetTally open;

    /**
     * Creates a builder.
     *
     * @param rollUp how units are rolled up to first-level units
     */
    public ReportBuilder(RegionRollUp rollUp) {
        this(rollUp, "en");
    }

    /**
     * Creates a builder that shows titles and names in the reader's language when the data has it, else in
     * English, Russian or Kyrgyz, in that order.
     *
     * @param rollUp how units are rolled up to first-level units
     * @param language the reader's language, e.g. {@code ky}
     */
    public ReportBuilder(RegionRollUp rollUp, String language) {
        this.rollUp = Objects.requireNonNull(rollUp, "rollUp");
        this.language = Objects.requireNonNull(language, "language");
        this.organisations = new OrganisationTally(OrganisationTally.fallback(language));
    }

    /**
     * Computes the report of whole catalogues with a fresh builder.
     *
     * @param documents the documents, in the order to show them
     * @return the report
     */
    public Report build(List<Document> documents) {
        ReportBuilder fresh = new ReportBuilder(rollUp, language);
        documents.forEach(fresh::add);
        return fresh.report();
    }

    /**
     * Adds a whole dataset.
     *
     * @param document the dataset
     * @return this builder
     */
    public ReportBuilder add(Document document) {
        Catalogue c = document.catalogue();
        DatasetTally tally = startDataset();
        c.getOrganisations().forEach(tally);
        c.getProgrammes().forEach(tally);
        c.getProjects().forEach(tally);
        c.getCalls().forEach(tally);
        c.getApplications().forEach(tally);
        c.getGrants().forEach(tally);
        endDataset(document.source(), c.getId(), c.getTitle().map(organisations::text).orElse(""));
        return this;
    }

    /**
     * Starts a dataset whose objects will be handed over one at a time.
     *
     * @return where to hand them
     * @throws IllegalStateException if the previous dataset was not ended
     */
    public DatasetTally startDataset() {
        if (open != null) {
            throw new IllegalStateException("the previous dataset was not ended");
        }
        open = new DatasetTally(rollUp, organisations, datasets.size());
        return open;
    }

    /**
     * Ends the dataset started last.
     *
     * @param source where it came from
     * @param id its identifier
     * @param title its title, or empty
     * @throws IllegalStateException if no dataset was started
     */
    public void endDataset(String source, String id, String title) {
        if (open == null) {
            throw new IllegalStateException("no dataset was started");
        }
        datasets.add(open.summary(source, id, title));
        open = null;
    }

    /**
     * Shows a text in the reader's language when the data has it, else in English, Russian or Kyrgyz.
     *
     * @param text the text
     * @return the text chosen
     */
    public String text(kg.kichi.core.text.LocalizedText text) {
        return organisations.text(text);
    }

    /** @return the report of the datasets ended so far */
    public Report report() {
        return new Report(datasets, organisations.summaries(datasets.stream().map(DatasetSummary::id).toList()));
    }
}
