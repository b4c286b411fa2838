package kg.kichi.json.giving360;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import kg.kichi.core.catalogue.Catalogue;
import kg.kichi.core.geo.Gazetteer;
import kg.kichi.core.geo.gazetteer.Gazetteers;
import kg.kichi.core.grant.Grant;
import kg.kichi.core.organisation.Organisation;
import kg.kichi.core.programme.DonorProgramme;
import kg.kichi.core.project.Project;
import kg.kichi.core.text.LocalizedText;
import kg.kichi.core.validation.InvalidModelException;
import kg.kichi.core.validation.Violation;
import kg.kichi.json.DocumentProblem;
import kg.kichi.json.InvalidDocumentException;
import kg.kichi.json.ReadLimits;
import kg.kichi.json.internal.codec.Pointers;
import kg.kichi.json.internal.codec.Problems;
import kg.kichi.json.stream.DocumentHandler;
import kg.kichi.json.internal.stream.DocumentParser;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a <a href="https://standard.threesixtygiving.org/">360Giving Data Standard</a> 1.4 JSON package
 * ({@code {"grants": [...]}}) into a Kichi {@link Catalogue}, streaming: the grants are read one at a time, so
 * memory grows with what the grants share (organisations, programmes) and 12 to 14 bytes per grant, not with the
 * grants.
 *
 * <pre>{@code
 * Catalogue catalogue = Giving360Reader.create().read(Path.of("grants.json"));
 * }</pre>
 *
 * <h2>What is invalid</h2>
 * The 360Giving package and grant schemas (1.4.3, bundled) decide: every problem of the file is reported at once,
 * in an {@link InvalidDocumentException}, each with the JSON Pointer of the value at fault in the 360Giving file, a
 * stable code and a message in en, ru or ky, as the Kichi reader reports. Malformed JSON, a member name twice in
 * one object, or a {@linkplain ReadLimits limit} ends the read with the line and column. Beyond the schema, the
 * Kichi model's own rules apply to what it holds: a blank grant title or organisation name
 * ({@code kichi.text.blank}), and a grant to an individual ({@value #INDIVIDUAL}: Kichi models grants to
 * organisations only).
 *
 * <h2>How the model is filled</h2>
 * <ul>
 *   <li>Each {@code recipientOrganization} and {@code fundingOrganization} entry is an organisation, one per
 *       360Giving {@code id} across the file: its first name is its name, every other name met an alias. An id in
 *       org-id.guide form ({@code GB-CHC-1234567}) is kept as it is; any other (such as {@code 360G-…}) becomes a
 *       local id ({@code XI-KICHI-…}) made of its characters, and the id as written is kept in the
 *       organisation's extension {@code 360Giving:id}. Legal form: {@code other} (360Giving does not state it).
 *   <li>The first {@code grantProgramme} entry is a programme, per funder and {@code code}, its donor the grant's
 *       first funder. Kichi grants are made under a project: there is one per set of funders and programme,
 *       titled by the programme (or the funder), the funders its {@code funding} participants.
 *   <li>The grant: {@code id} (kept; made a Kichi identifier when it is not one, made unique with {@code -2},
 *       {@code -3} when repeated), {@code title}, {@code description}, {@code currency} and {@code amountAwarded}
 *       (when above zero and in the currency's decimals), {@code awardDate} and the first {@code plannedDates}
 *       event's start and end: a date at its own precision; a date-time gives the date written, never shifted
 *       by its offset. Recipients are the partnership: the first its lead, the others partners.
 *       {@code beneficiaryLocation}: a location whose {@code geoCode} starts with its {@code countryCode} is an
 *       ISO 3166-2 unit, one with a {@code geoCodeType} a unit of that scheme (lower-cased), a Kyrgyz place named
 *       only is resolved through the gazetteer (when one unit matches). {@code classifications}: themes.
 *   <li>Everything else, and every member whose model form would not give it back exactly (publisher columns
 *       such as {@code "Website"}, {@code amountDisbursed}, transactions, a date-time, a second programme…), is
 *       kept in the grant's extensions as {@code 360Giving:<name>} with its JSON text; the package's members
 *       other than {@code grants} likewise in the catalogue's. {@link Giving360Exporter} writes such a catalogue
 *       back as the same package.
 * </ul>
 *
 * <p>Immutable and thread-safe; {@code with…} returns a copy.
 */
public final class Giving360Reader {
    /** The code of a grant to an individual ({@code recipientIndividual}), which Kichi does not model. */
    public static final String INDIVIDUAL = "kichi.json.giving360.individual";
    /** The language given to 360Giving's texts by default: {@code und}, undetermined, as 360Giving does not say. */
    public static final String UNDETERMINED = "und";
    /** The catalogue identifier when the package's {@code identifier} is absent or not a Kichi identifier. */
    public static final String DEFAULT_CATALOGUE_ID = "360giving";

    private final String language;
    private final Gazetteer gazetteer;
    private final ReadLimits limits;
    private final String catalogueId;
    private final JsonMapper mapper;

    private Giving360Reader(String language, Gazetteer gazetteer, ReadLimits limits, String catalogueId) {
        this.language = language;
        this.gazetteer = gazetteer;
        this.limits = limits;
        this.catalogueId = catalogueId;
        this.mapper = JsonMapper.builder(JsonFactory.builder().streamReadConstraints(limits.toStreamReadConstraints())
                        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build())
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS) // a grant is followed by the next one
                .build();
    }

    /** @return a reader with the defaults: texts in {@value #UNDETERMINED}, Kyrgyzstan's gazetteer, default limits */
    public static Giving360Reader create() {
        return new Giving360Reader(UNDETERMINED, Gazetteers.kyrgyzstan(), ReadLimits.defaults(), null);
    }

    /**
     * @param code the ISO 639 code to give the file's texts, when the publisher states their language
     * @return a reader that does so
     * @throws InvalidModelException if the code is not an ISO 639 code
     */
    public Giving360Reader withLanguage(String code) {
        LocalizedText.of(code, "x"); // fails fast, naming the code
        return new Giving360Reader(code, gazetteer, limits, catalogueId);
    }

    /**
     * @param units the gazetteer resolving place names of its country's locations, or null for none
     * @return a reader that uses it
     */
    public Giving360Reader withGazetteer(Gazetteer units) {
        return new Giving360Reader(language, units, limits, catalogueId);
    }

    /**
     * @param newLimits the limits to enforce
     * @return a reader with those limits
     */
    public Giving360Reader withLimits(ReadLimits newLimits) {
        return new Giving360Reader(language, gazetteer, Objects.requireNonNull(newLimits, "newLimits"), catalogueId);
    }

    /**
     * @param id the catalogue's identifier, instead of the package's {@code identifier}
     * @return a reader that uses it
     */
    public Giving360Reader withCatalogueId(String id) {
        Catalogue.builder().id(id).build(); // fails fast, naming the id
        return new Giving360Reader(language, gazetteer, limits, id);
    }

    /**
     * Reads a package.
     *
     * @param in the package (UTF-8), not closed
     * @return the catalogue
     * @throws InvalidDocumentException with every problem found
     * @throws UncheckedIOException when the stream fails
     */
    public Catalogue read(InputStream in) {
        List<Grant> grants = new ArrayList<>();
        Result result = walk(in, grants::add);
        Catalogue.Builder b = envelope(result).organisations(result.reading.organisations())
                .programmes(result.reading.programmes()).projects(result.reading.projects()).grants(grants);
        try {
            return b.build();
        } catch (InvalidModelException e) {
            List<DocumentProblem> problems = new ArrayList<>();
            for (Violation v : e.getViolations()) {
                problems.add(DocumentProblem.of("", v.getCode(), v.getArguments()));
            }
            throw new InvalidDocumentException(problems);
        }
    }

    /**
     * Reads a package file.
     *
     * @param file the package (UTF-8)
     * @return the catalogue
     * @throws InvalidDocumentException with every problem found
     * @throws IOException when the file cannot be read
     */
    public Catalogue read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /**
     * Reads a package from its text.
     *
     * @param json the package
     * @return the catalogue
     * @throws InvalidDocumentException with every problem found
     */
    public Catalogue read(String json) {
        return read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * Walks a package without keeping its grants: each grant the schema and the model accept goes to the handler
     * as soon as it is read; the organisations, programmes and projects the grants refer to follow at the end,
     * once the whole file has named them. Problems are collected and thrown together at the end.
     *
     * @param in the package, not closed
     * @param handler receives the grants, then the organisations, programmes and projects
     * @return the number of grants in the package, valid or not
     * @throws InvalidDocumentException with every problem found, after the whole package was walked
     * @throws UncheckedIOException when the stream fails
     */
    public long stream(InputStream in, DocumentHandler handler) {
        return stream(in, handler, envelope -> { });
    }

    /**
     * Walks a package as {@link #stream(InputStream, DocumentHandler)} does, and hands over its envelope at the
     * end: a catalogue with the package's identifier, title, publisher and other members, and no objects.
     *
     * @param in the package, not closed
     * @param handler receives the grants, then the organisations, programmes and projects
     * @param envelope receives the envelope once the package is known to be valid
     * @return the number of grants in the package
     * @throws InvalidDocumentException with every problem found, after the whole package was walked
     * @throws UncheckedIOException when the stream fails
     */
    public long stream(InputStream in, DocumentHandler handler, java.util.function.Consumer<Catalogue> envelope) {
        Result result = walk(in, handler::grant);
        result.reading.organisations().forEach(handler::organisation);
        result.reading.programmes().forEach(handler::programme);
        result.reading.projects().forEach(handler::project);
        envelope.accept(envelope(result).build());
        return result.grants;
    }

    private static Catalogue.Builder envelope(Result result) {
        Catalogue.Builder b = Catalogue.builder().id(result.catalogueId).extensions(result.extensions);
        if (result.title != null) {
            b.title(result.title);
        }
        if (result.publisher != null) {
            b.publisher(result.publisher);
        }
        return b;
    }

    /** What a walk found besides the grants. */
    private static final class Result {
        GrantReading reading;
        Map<String, String> extensions = new LinkedHashMap<>();
        String catalogueId;
        LocalizedText title;
        LocalizedText publisher;
        long grants;
    }

    private interface GrantSink {
        void accept(Grant grant);
    }

    private Result walk(InputStream in, GrantSink sink) {
        Problems problems = Problems.collecting(limits.getMaxProblems());
        Result result = new Result();
        result.reading = new GrantReading(language, gazetteer);
        JsonParser p = null;
        try (JsonParser opened = mapper.createParser(new NonClosing(in))) {
            p = opened;
            try {
                walk(p, result, sink, problems);
            } catch (Problems.TooManyProblemsException enough) {
                // recorded
            } catch (JacksonIOException e) {
                throw new UncheckedIOException(e.getCause());
            } catch (JacksonException e) {
                add(problems, DocumentParser.failure(p, e));
            }
        } catch (JacksonIOException e) {
            throw new UncheckedIOException(e.getCause());
        }
        if (!problems.list().isEmpty()) {
            throw new InvalidDocumentException(problems.list());
        }
        return result;
    }

    private static void add(Problems problems, DocumentProblem problem) {
        try {
            problems.add(problem);
        } catch (Problems.TooManyProblemsException enough) {
            // the limit problem was recorded instead
        }
    }

    private void walk(JsonParser p, Result result, GrantSink sink, Problems problems) {
        SchemaCheck schema = SchemaCheck.instance();
        JsonToken token = p.nextToken();
        if (token == null) {
            problems.add(DocumentProblem.at("", "kichi.json.syntax",
                    Map.of("kind", "emptyDocument", "detail", "empty document"), 1, 1));
            return;
        }
        if (token != JsonToken.START_OBJECT) {
            JsonNode value = mapper.readTree(p);
            problems.add(DocumentProblem.of("", SchemaCheck.TYPE,
                    Map.of("expected", "object", "actual", JsonTypes.typeOf(value))));
            trailing(p, problems);
            return;
        }
        Set<String> seen = new HashSet<>();
        String identifier = null;
        String name;
        while ((name = p.nextName()) != null) {
            seen.add(name);
            p.nextToken();
            if (name.equals("grants") && p.currentToken() == JsonToken.START_ARRAY) {
                grants(p, result, sink, problems);
                continue;
            }
            JsonNode value = mapper.readTree(p);
            List<DocumentProblem> found = new ArrayList<>();
            if (name.equals("grants")) {
                SchemaCheck.instance().grantsProblems(value, found);
            } else {
                schema.packageMember(name, value, found);
                result.extensions.put(Faithful.PREFIX + name, Faithful.text(value));
            }
            for (DocumentProblem problem : found) {
                problems.add(problem);
            }
            if (!found.isEmpty()) {
                continue;
            }
            if (name.equals("identifier")) {
                identifier = value.asString();
            } else if (name.equals("title") && !value.asString().isBlank()) {
                result.title = LocalizedText.of(language, value.asString());
            } else if (name.equals("publisher") && !value.get("name").asString().isBlank()) {
                result.publisher = LocalizedText.of(language, value.get("name").asString());
            }
        }
        for (String required : schema.packageRequired()) {
            if (!seen.contains(required)) {
                problems.add(DocumentProblem.of(Pointers.member("", required), SchemaCheck.REQUIRED, Map.of()));
            }
        }
        result.catalogueId = catalogueId != null ? catalogueId
                : identifier != null && isIdentifier(identifier) ? identifier : DEFAULT_CATALOGUE_ID;
        trailing(p, problems);
    }

    private static boolean isIdentifier(String text) {
        return !text.isEmpty() && GrantReading.identifier(text, "._:/-", 200, "").equals(text);
    }

    private void trailing(JsonParser p, Problems problems) {
        DocumentProblem after = DocumentParser.trailing(p);
        if (after != null) {
            problems.add(after);
        }
    }

    private void grants(JsonParser p, Result result, GrantSink sink, Problems problems) {
        SchemaCheck schema = SchemaCheck.instance();
        List<DocumentProblem> found = new ArrayList<>();
        ValueReader values = new ValueReader();
        int index = 0;
        while (p.nextToken() != JsonToken.END_ARRAY) {
            JsonNode grant = values.read(p);
            String pointer = "/grants/" + index;
            found.clear();
            schema.grant(grant, pointer, found);
            String id = result.reading.claim(grant, values.hash());
            if (id == null) {
                found.add(DocumentProblem.of(pointer, SchemaCheck.DUPLICATE_GRANT, Map.of()));
            }
            Grant read = found.isEmpty() ? result.reading.grant(grant, id, pointer, found) : null;
            for (DocumentProblem problem : found) {
                problems.add(problem);
            }
            if (read != null) {
                sink.accept(read);
            }
            index++;
        }
        result.grants = index;
        if (index == 0) {
            problems.add(DocumentProblem.of("/grants", SchemaCheck.MIN_ITEMS, Map.of("minimum", 1)));
        }
    }

    /** Keeps the parser from closing a caller's stream. */
    private static final class NonClosing extends FilterInputStream {
        NonClosing(InputStream in) {
            super(Objects.requireNonNull(in, "in"));
        }

        @Override
        public void close() {
            // the caller owns the stream
        }
    }
}
