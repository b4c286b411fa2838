package kg.kichi.json.giving360;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import kg.kichi.core.catalogue.Catalogue;
import kg.kichi.core.geo.AdministrativeUnit;
import kg.kichi.core.geo.Gazetteer;
import kg.kichi.core.geo.UnitRef;
import kg.kichi.core.grant.Grant;
import kg.kichi.core.validation.Violation;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Exports the grants of a catalogue as a 360Giving Data Standard 1.4 package ({@code {"version": "1.4",
 * "grants": [...]}}), refusing with a {@link MissingFieldsException} when the catalogue lacks a field 360Giving
 * requires rather than inventing one. See the {@linkplain kg.kichi.json.giving360 package} for how each field
 * is mapped.
 *
 * <pre>{@code
 * Giving360Exporter exporter = Giving360Exporter.builder()
 *         .grantIdPrefix("360G-example")          // the prefix 360Giving assigned to the publisher
 *         .gazetteer(Gazetteers.kyrgyzstan())     // SOATE units: ISO 3166-2 code, name, level
 *         .build();
 * String json = exporter.toJson(catalogue);
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class Giving360Exporter {
    /** The version of the 360Giving Data Standard written in the package's {@code version}. */
    public static final String STANDARD_VERSION = "1.4";
    /** The start of derived grant-id prefixes: {@code 360G-kichi-} then the catalogue's identifier. */
    public static final String DERIVED_PREFIX_ROOT = "360G-kichi-";
    /** The code of an export with no grant at all (360Giving requires at least one). */
    public static final String NO_GRANTS = "kichi.json.giving360.noGrants";

    private static final Pattern PREFIX = Pattern.compile("360G-[A-Za-z0-9._:/-]{1,100}");
    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private final Function<UnitRef, Optional<String>> isoCodes;
    private final Gazetteer gazetteer;
    private final String grantIdPrefix;
    private final List<String> languages;

    private Giving360Exporter(Builder builder) {
        this.isoCodes = builder.isoCodes;
        this.gazetteer = builder.gazetteer;
        this.grantIdPrefix = builder.grantIdPrefix;
        this.languages = builder.languages;
    }

    /** @return an exporter with the defaults: derived prefix, English first, ISO 3166-2 units only */
    public static Giving360Exporter create() {
        return builder().build();
    }

    /** @return a builder with the defaults of {@link #create()} */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The default ISO 3166-2 resolver: a unit given as {@code iso3166-2:KG-N} is its own code; every other unit
     * (SOATE codes included) resolves to nothing. Pass a gazetteer-backed resolver to map SOATE units.
     *
     * @param unit a unit
     * @return its ISO 3166-2 code when the unit is given as one
     */
    public static Optional<String> isoCodeGivenDirectly(UnitRef unit) {
        return unit.getScheme().equals(UnitRef.ISO_3166_2) ? Optional.of(unit.getCode()) : Optional.empty();
    }

    /**
     * The ISO 3166-2 code of a unit by a gazetteer: the code of the unit itself or of the first of its ancestors
     * that has one (a district or a village maps to its oblast, or to Bishkek or Osh).
     *
     * @param gazetteer the gazetteer of the unit's country
     * @param unit a unit, by any of its codes
     * @return the code; empty when the gazetteer does not know the unit or no unit above it has an ISO code
     */
    public static Optional<String> isoCodeIn(Gazetteer gazetteer, UnitRef unit) {
        Optional<AdministrativeUnit> known = gazetteer.find(unit);
        if (known.isEmpty()) {
            return Optional.empty();
        }
        List<AdministrativeUnit> chain = new ArrayList<>();
        chain.add(known.get());
        chain.addAll(gazetteer.getAncestors(known.get().getRef()));
        return chain.stream().map(u -> u.getCode(UnitRef.ISO_3166_2)).flatMap(Optional::stream)
                .map(UnitRef::getCode).findFirst();
    }

    /**
     * The 360Giving identifier of a grant: the prefix, a dash and the grant's Kichi identifier. Without a prefix
     * set on the builder the prefix is {@value #DERIVED_PREFIX_ROOT} followed by the catalogue's identifier, so
     * the same grant of the same catalogue always gets the same identifier.
     *
     * @param catalogue the catalogue holding the grant
     * @param grant the grant
     * @return e.g. {@code 360G-kichi-seed-002-grant-3}
     */
    public String grantId(Catalogue catalogue, Grant grant) {
        String prefix = grantIdPrefix != null ? grantIdPrefix : DERIVED_PREFIX_ROOT + catalogue.getId();
        return prefix + "-" + grant.getId();
    }

    /**
     * Builds the 360Giving package of every grant of a catalogue, in catalogue order.
     *
     * @param catalogue the catalogue
     * @return the package as a JSON tree
     * @throws MissingFieldsException listing, per grant, every required 360Giving field the catalogue does not
     *     state, or stating that there is no grant
     */
    public ObjectNode export(Catalogue catalogue) {
        Objects.requireNonNull(catalogue, "catalogue");
        if (catalogue.getGrants().isEmpty()) {
            throw new MissingFieldsException(List.of(Violation.of("grants", NO_GRANTS)));
        }
        GrantMapper mapper = new GrantMapper(catalogue, new BeneficiaryLocations(isoCodes, gazetteer, languages),
                languages);
        FaithfulGrants faithful = null;
        boolean allFaithful = true;
        List<Violation> missing = new ArrayList<>();
        ArrayNode grants = JsonNodeFactory.instance.arrayNode();
        for (int i = 0; i < catalogue.getGrants().size(); i++) {
            Grant grant = catalogue.getGrants().get(i);
            if (Faithful.isFrom360Giving(grant)) {
                faithful = faithful != null ? faithful : new FaithfulGrants(catalogue);
                grants.add(faithful.write(grant));
            } else {
                allFaithful = false;
                grants.add(mapper.map(grant, grantId(catalogue, grant), "grants[" + i + "]", missing));
            }
        }
        if (!missing.isEmpty()) {
            throw new MissingFieldsException(missing);
        }
        if (allFaithful) {
            // read from a 360Giving package: the package's own members, as they were
            ObjectNode pack = JsonNodeFactory.instance.objectNode();
            Faithful.overlay(pack, catalogue.getExtensions());
            pack.set("grants", grants);
            return pack;
        }
        ObjectNode pack = JsonNodeFactory.instance.objectNode();
        pack.put("version", STANDARD_VERSION);
        catalogue.getTitle().ifPresent(title -> pack.put("title", title.resolve(languages.toArray(String[]::new))));
        pack.put("identifier", catalogue.getId());
        catalogue.getPublisher().ifPresent(publisher -> pack.putObject("publisher")
                .put("name", publisher.resolve(languages.toArray(String[]::new))));
        pack.set("grants", grants);
        return pack;
    }

    /**
     * Exports to JSON text, amounts written in plain notation.
     *
     * @param catalogue the catalogue
     * @return the package, indented
     * @throws MissingFieldsException as {@link #export(Catalogue)}
     */
    public String toJson(Catalogue catalogue) {
        return MAPPER.writeValueAsString(export(catalogue));
    }

    /**
     * Exports as UTF-8 JSON to a stream, which is left open.
     *
     * @param catalogue the catalogue
     * @param out where to write
     * @throws MissingFieldsException as {@link #export(Catalogue)}, before anything is written
     * @throws tools.jackson.core.JacksonException if writing fails
     */
    public void write(Catalogue catalogue, OutputStream out) {
        ObjectNode pack = export(catalogue);
        MAPPER.writer().without(StreamWriteFeature.AUTO_CLOSE_TARGET).writeValue(out, pack);
    }

    /** Configures a {@link Giving360Exporter}. */
    public static final class Builder {
        private Function<UnitRef, Optional<String>> isoCodes = Giving360Exporter::isoCodeGivenDirectly;
        private Gazetteer gazetteer;
        private String grantIdPrefix;
        private List<String> languages = List.of("en", "ru", "ky");

        private Builder() {
        }

        /**
         * Sets how units map to ISO 3166-2 codes (the {@code geoCode} of a beneficiary location), e.g. a
         * gazetteer's lookup of SOATE codes. The default is {@link #isoCodeGivenDirectly(UnitRef)}.
         *
         * @param resolver the ISO 3166-2 code of a unit, or empty when it has none
         * @return this builder
         */
        public Builder isoCodeResolver(Function<UnitRef, Optional<String>> resolver) {
            this.isoCodes = Objects.requireNonNull(resolver, "resolver");
            return this;
        }

        /**
         * Uses a gazetteer (e.g. {@code Gazetteers.kyrgyzstan()}) for units: their ISO 3166-2 code
         * ({@link #isoCodeIn(Gazetteer, UnitRef)}, falling back to {@link #isoCodeGivenDirectly(UnitRef)}), their
         * name in the export's languages, and their level for {@code locationScope}.
         *
         * @param units the gazetteer
         * @return this builder
         */
        public Builder gazetteer(Gazetteer units) {
            this.gazetteer = Objects.requireNonNull(units, "units");
            this.isoCodes = unit -> isoCodeIn(units, unit).or(() -> isoCodeGivenDirectly(unit));
            return this;
        }

        /**
         * Sets the publisher's 360Giving grant-id prefix, as 360Giving assigns it (e.g. {@code 360G-example}).
         *
         * @param prefix {@code 360G-} and 1 to 100 identifier characters
         * @return this builder
         * @throws IllegalArgumentException if the prefix does not start with {@code 360G-} or has other characters
         */
        public Builder grantIdPrefix(String prefix) {
            if (prefix == null || !PREFIX.matcher(prefix).matches()) {
                throw new IllegalArgumentException("a 360Giving prefix is 360G- and 1 to 100 of A-Z a-z 0-9 . _ : / -,"
                        + " not '" + prefix + "'");
            }
            this.grantIdPrefix = prefix;
            return this;
        }

        /**
         * Sets the languages in which texts are exported, most wanted first (360Giving fields are single strings);
         * a text in none of them falls back as {@link kg.kichi.core.text.LocalizedText#resolve(String...)} does.
         *
         * @param preferred ISO 639 codes, at least one
         * @return this builder
         */
        public Builder languages(String... preferred) {
            if (preferred.length == 0) {
                throw new IllegalArgumentException("at least one language");
            }
            this.languages = List.of(preferred);
            return this;
        }

        /** @return the exporter */
        public Giving360Exporter build() {
            return new Giving360Exporter(this);
        }
    }
}
