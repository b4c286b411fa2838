package kg.kichi.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The five seed documents encoded as Kichi JSON fixtures, one constant per seed.
 *
 * <p>Each fixture is a resource of this module at {@link #getResourcePath()}, a document in Kichi's JSON format
 * 1.0 that reads without problems in strict mode. Organisations that appear in several seeds carry the same
 * identifier in every fixture.
 */
public enum ExampleDataset {
    /** Seed 000: the eight winners of the 2021 mini-grant contest of the EU project "Open communities – open media". */
    OPEN_COMMUNITIES_MINI_GRANTS(0, "000-open-communities-mini-grants", "seed-000-open-communities-mini-grants"),
    /** Seed 001: the nine small grants of the EU project on civil-society participation in public councils (2018). */
    PUBLIC_COUNCILS_SMALL_GRANTS(1, "001-public-councils-small-grants", "seed-001-public-councils-small-grants"),
    /** Seed 002: the 25 civil-society grants of the EU project "Living in Peace" (Ынтымактуу Жашоо), in ky, ru, en. */
    LIVING_IN_PEACE(2, "002-living-in-peace", "seed-002-living-in-peace"),
    /** Seed 003: a CFLI-funded leadership and advocacy project of the public foundation "Civic Platform" (2022). */
    CFLI_CIVIL_SOCIETY_LEADERSHIP(3, "003-cfli-civil-society-leadership", "seed-003-cfli-civil-society-leadership"),
    /** Seed 004: the EIDHR project "Open communities – open media" (Ачык коомчулук – ачык маалымат каражаттары). */
    OPEN_COMMUNITIES_OPEN_MEDIA(4, "004-open-communities-open-media", "seed-004-open-communities-open-media");

    /** The folder of the fixtures on the class path, with a leading and trailing slash. */
    public static final String RESOURCE_FOLDER = "/kg/kichi/examples/";

    private final int seedNumber;
    private final String baseName;
    private final String documentId;

    ExampleDataset(int seedNumber, String baseName, String documentId) {
        this.seedNumber = seedNumber;
        this.baseName = baseName;
        this.documentId = documentId;
    }

    /** @return the number of the seed the fixture encodes, 0 to 4 */
    public int getSeedNumber() {
        return seedNumber;
    }

    /** @return the fixture's file name, e.g. {@code 002-living-in-peace.json} */
    public String getFileName() {
        return baseName + ".json";
    }

    /** @return the fixture's absolute class-path resource name, e.g. {@code /kg/kichi/examples/002-living-in-peace.json} */
    public String getResourcePath() {
        return RESOURCE_FOLDER + getFileName();
    }

    /** @return the {@code id} member of the fixture's document, e.g. {@code seed-002-living-in-peace} */
    public String getDocumentId() {
        return documentId;
    }

    /**
     * Opens the fixture's JSON text. The caller closes the stream.
     *
     * @return the UTF-8 bytes of the document
     * @throws IllegalStateException if the resource is missing from the class path (a broken jar)
     */
    public InputStream openStream() {
        InputStream in = ExampleDataset.class.getResourceAsStream(getResourcePath());
        if (in == null) {
            throw new IllegalStateException("example fixture missing from the class path: " + getResourcePath());
        }
        return in;
    }

    /**
     * Reads the fixture's JSON text.
     *
     * @return the document as a string
     * @throws UncheckedIOException if the resource cannot be read
     */
    public String readText() {
        try (InputStream in = openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read example fixture " + getResourcePath(), e);
        }
    }

    /**
     * Finds a dataset by seed number, constant name, file name or document id, ignoring case:
     * {@code 2}, {@code 002}, {@code living-in-peace}, {@code LIVING_IN_PEACE}, {@code 002-living-in-peace.json}.
     *
     * @param name what a user typed
     * @return the dataset, or empty if none matches
     */
    public static Optional<ExampleDataset> find(String name) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        String key = name.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(d -> d.matches(key)).findFirst();
    }

    private boolean matches(String key) {
        String slug = baseName.substring(4);
        return key.equals(name().toLowerCase(Locale.ROOT)) || key.equals(name().toLowerCase(Locale.ROOT).replace('_', '-'))
                || key.equals(baseName) || key.equals(getFileName()) || key.equals(documentId) || key.equals(slug)
                || key.equals(baseName.substring(0, 3)) || key.equals(String.valueOf(seedNumber));
    }
}
