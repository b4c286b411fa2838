package kg.kichi.cli;

import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import kg.kichi.core.geo.gazetteer.Gazetteers;
import kg.kichi.cli.giving.Giving360Adapter;
import kg.kichi.cli.giving.GivingExporter;
import kg.kichi.cli.report.GazetteerRollUp;
import kg.kichi.cli.report.RegionRollUp;
import kg.kichi.cli.resolve.GazetteerResolver;
import kg.kichi.cli.resolve.PlaceResolver;
import kg.kichi.cli.validate.DocumentReader;
import kg.kichi.cli.validate.Formats;
import kg.kichi.cli.validate.Giving360FileReader;
import kg.kichi.cli.validate.KichiJsonReader;
import kg.kichi.json.giving360.Giving360Reader;

/**
 * What the commands work with: the document reader, the bundled examples, the gazetteer's roll-up and
 * resolution, the 360Giving exporter. {@link #standard()} wires Kichi's own; tests may swap the reader and the examples.
 */
public final class Toolkit {
    private final DocumentReader reader;
    private final Supplier<List<Document>> examples;
    private final RegionRollUp rollUp;
    private final PlaceResolver resolver;
    private final GivingExporter exporter;

    private Toolkit(DocumentReader reader, Supplier<List<Document>> examples, RegionRollUp rollUp,
            PlaceResolver resolver, GivingExporter exporter) {
        this.reader = Objects.requireNonNull(reader, "reader");
        this.examples = Objects.requireNonNull(examples, "examples");
        this.rollUp = Objects.requireNonNull(rollUp, "rollUp");
        this.resolver = Objects.requireNonNull(resolver, "resolver");
        this.exporter = Objects.requireNonNull(exporter, "exporter");
    }

    /** @return the toolkit wired to Kichi's JSON reader, examples, gazetteer and 360Giving exporter */
    public static Toolkit standard() {
        return new Toolkit(
                Formats.reader(new KichiJsonReader(), new Giving360FileReader(Giving360Reader.create()), null),
                BundledExamples::load,
                new GazetteerRollUp(Gazetteers.kyrgyzstan()),
                new GazetteerResolver(Gazetteers.kyrgyzstan()),
                new Giving360Adapter(Gazetteers.kyrgyzstan()));
    }

    /**
     * @param from {@link Formats#KICHI} or {@link Formats#GIVING360}: the format every input is read in, instead
     *     of recognising each by its content
     * @return a copy reading that format with Kichi's own readers
     */
    public Toolkit withFormat(String from) {
        return withReader(Formats.reader(new KichiJsonReader(), new Giving360FileReader(Giving360Reader.create()),
                from));
    }

    /** @return how documents are read (Kichi documents and 360Giving packages, recognised by content) */
    public DocumentReader reader() {
        return reader;
    }

    /** @return the bundled example datasets */
    public Supplier<List<Document>> examples() {
        return examples;
    }

    /** @return how units roll up to first-level units */
    public RegionRollUp rollUp() {
        return rollUp;
    }

    /** @return how place names are resolved */
    public PlaceResolver resolver() {
        return resolver;
    }

    /** @return how datasets are exported to 360Giving */
    public GivingExporter exporter() {
        return exporter;
    }

    /**
     * @param reader another reader
     * @return a copy using it
     */
    public Toolkit withReader(DocumentReader reader) {
        return new Toolkit(reader, examples, rollUp, resolver, exporter);
    }

    /**
     * @param examples other examples
     * @return a copy using them
     */
    public Toolkit withExamples(Supplier<List<Document>> examples) {
        return new Toolkit(reader, examples, rollUp, resolver, exporter);
    }



}
