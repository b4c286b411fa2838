package kg.kichi.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import kg.kichi.core.catalogue.Catalogue;
import kg.kichi.json.InvalidDocumentException;
import kg.kichi.json.KichiJson;
import kg.kichi.json.Mode;

/**
 * The five seed documents as typed {@link Catalogue}s: real Kyrgyz small-grant programmes, for tests.
 *
 * <p>Add the module to a test scope and ask for a catalogue:
 *
 * <pre>{@code
 * <dependency>
 *   <groupId>kg.kichi</groupId>
 *   <artifactId>kichi-examples</artifactId>
 *   <scope>test</scope>
 * </dependency>
 *
 * Catalogue livingInPeace = ExampleCatalogues.get(ExampleDataset.LIVING_IN_PEACE);
 * assertThat(livingInPeace.getGrants()).hasSize(25);
 *
 * for (Catalogue each : ExampleCatalogues.all().values()) {
 *     myExporter.export(each);
 * }
 * }</pre>
 *
 * <p>Each fixture is read once, in strict mode, and kept: catalogues are immutable, so every caller shares them.
 * The fixtures say only what the seeds say: amounts, dates, places or registry numbers a seed does not give are
 * absent (coverage {@code not-stated}); organisations carry local identifiers ({@code XI-KICHI-…}), the same one
 * in every fixture in which the organisation appears. The raw JSON is at {@link ExampleDataset#getResourcePath()}.
 */
public final class ExampleCatalogues {
    private static final Map<ExampleDataset, Catalogue> CACHE = new ConcurrentHashMap<>();

    private ExampleCatalogues() {
    }

    /**
     * Reads one fixture.
     *
     * @param dataset which seed
     * @return its catalogue
     * @throws IllegalStateException if the fixture is missing or does not read (a broken build, never expected)
     */
    public static Catalogue get(ExampleDataset dataset) {
        Objects.requireNonNull(dataset, "dataset");
        return CACHE.computeIfAbsent(dataset, ExampleCatalogues::read);
    }

    /** @return every fixture, in seed order */
    public static Map<ExampleDataset, Catalogue> all() {
        Map<ExampleDataset, Catalogue> all = new EnumMap<>(ExampleDataset.class);
        for (ExampleDataset dataset : ExampleDataset.values()) {
            all.put(dataset, get(dataset));
        }
        return Collections.unmodifiableMap(all);
    }

    /** @return the class-path resource names of every fixture, in seed order */
    public static List<String> resourcePaths() {
        return Arrays.stream(ExampleDataset.values()).map(ExampleDataset::getResourcePath).toList();
    }

    /** @return seed 000: the 2021 mini-grant winners of the EU project "Open communities – open media" */
    public static Catalogue seed000() {
        return get(ExampleDataset.OPEN_COMMUNITIES_MINI_GRANTS);
    }

    /** @return seed 001: the 2018 small grants for civil-society participation in public councils */
    public static Catalogue seed001() {
        return get(ExampleDataset.PUBLIC_COUNCILS_SMALL_GRANTS);
    }

    /** @return seed 002: the 25 civil-society grants of "Living in Peace" */
    public static Catalogue seed002() {
        return get(ExampleDataset.LIVING_IN_PEACE);
    }

    /** @return seed 003: the CFLI-funded leadership and advocacy project of "Civic Platform" */
    public static Catalogue seed003() {
        return get(ExampleDataset.CFLI_CIVIL_SOCIETY_LEADERSHIP);
    }

    /** @return seed 004: the EIDHR project "Open communities – open media" */
    public static Catalogue seed004() {
        return get(ExampleDataset.OPEN_COMMUNITIES_OPEN_MEDIA);
    }

    private static Catalogue read(ExampleDataset dataset) {
        try (InputStream in = dataset.openStream()) {
            return KichiJson.read(in, Mode.STRICT);
        } catch (InvalidDocumentException e) {
            throw new IllegalStateException("example fixture " + dataset.getResourcePath() + " is not valid: "
                    + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read example fixture " + dataset.getResourcePath(), e);
        }
    }
}
