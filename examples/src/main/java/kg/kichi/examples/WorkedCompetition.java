package kg.kichi.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import kg.kichi.core.catalogue.Catalogue;
import kg.kichi.json.InvalidDocumentException;
import kg.kichi.json.KichiJson;
import kg.kichi.json.Mode;

/**
 * The worked competition: a fixture of <b>invented data</b> (fictional organisations, real places) for eligibility
 * screening, beside the five seeds but not one of them (it is not an {@link ExampleDataset}).
 *
 * <p>One call, {@code wc-2024}, with two lots modelled on the seeds' calls ({@code cso}: civil-society
 * organisations in partnership with public councils and media; {@code lsg}: local self-government bodies), its
 * criteria stated both as call attributes and as explicit eligibility rules of every type, and 55 applications that
 * together exercise every rule type and every outcome, among them the place-name trap of Kara-Köl (Jalal-Abad
 * region, outside the call's regions) and Karakol (Issyk-Kul region, inside). The call's third-party cap is in
 * euros: screen with an EUR/KGS rate, or those results are unknown.
 */
public final class WorkedCompetition {
    /** The fixture's absolute class-path resource name. */
    public static final String RESOURCE_PATH = ExampleDataset.RESOURCE_FOLDER + "900-worked-competition.json";
    /** The {@code id} member of the fixture's document. */
    public static final String DOCUMENT_ID = "worked-competition";
    /** The identifier of its call. */
    public static final String CALL_ID = "wc-2024";
    /**
     * The evaluation fixture's class-path resource name: the same competition after screening (the eligible
     * applications of lot {@code cso} moved to eligible), with a PRAG concept-note grid on the call, an envelope and
     * regional quotas on lot {@code cso}, five reviewers and three reviews per eligible application.
     */
    public static final String EVALUATION_RESOURCE_PATH = ExampleDataset.RESOURCE_FOLDER
            + "901-worked-competition-evaluation.json";

    private static volatile Catalogue catalogue;

    private WorkedCompetition() {}

    /**
     * Opens the fixture's JSON text. The caller closes the stream.
     *
     * @return the UTF-8 bytes of the document
     * @throws IllegalStateException if the resource is missing from the class path (a broken jar)
     */
    public static InputStream openStream() {
        InputStream in = WorkedCompetition.class.getResourceAsStream(RESOURCE_PATH);
        if (in == null) {
            throw new IllegalStateException("example fixture missing from the class path: " + RESOURCE_PATH);
        }
        return in;
    }

    /**
     * Reads the evaluation fixture's JSON text ({@link #EVALUATION_RESOURCE_PATH}).
     *
     * @return the document as a string
     * @throws UncheckedIOException if the resource cannot be read
     * @throws IllegalStateException if the resource is missing from the class path (a broken jar)
     */
    public static String readEvaluationText() {
        try (InputStream in = WorkedCompetition.class.getResourceAsStream(EVALUATION_RESOURCE_PATH)) {
            if (in == null) {
                throw new IllegalStateException("example fixture missing from the class path: "
                        + EVALUATION_RESOURCE_PATH);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read example fixture " + EVALUATION_RESOURCE_PATH, e);
        }
    }

    /**
     * Reads the fixture's JSON text.
     *
     * @return the document as a string
     * @throws UncheckedIOException if the resource cannot be read
     */
    public static String readText() {
        try (InputStream in = openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read example fixture " + RESOURCE_PATH, e);
        }
    }

    /**
     * The fixture as a catalogue, read once in strict mode and shared (catalogues are immutable).
     *
     * @return the catalogue
     * @throws IllegalStateException if the fixture does not read (a broken build, never expected)
     */
    public static Catalogue catalogue() {
        Catalogue c = catalogue;
        if (c == null) {
            try (InputStream in = openStream()) {
                c = KichiJson.read(in, Mode.STRICT);
            } catch (InvalidDocumentException e) {
                throw new IllegalStateException("example fixture " + RESOURCE_PATH + " is not valid: "
                        + e.getMessage(), e);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read example fixture " + RESOURCE_PATH, e);
            }
            catalogue = c;
        }
        return c;
    }
}
