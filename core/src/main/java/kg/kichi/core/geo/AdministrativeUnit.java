package kg.kichi.core.geo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import kg.kichi.core.time.DatePeriod;
import kg.kichi.core.time.PartialDate;
import kg.kichi.core.internal.ViolationCollector;

/**
 * An administrative unit of a country: a region, district, city, aiyl aimak, village and so on.
 *
 * <p>A unit has one or more codes ({@link #getCodes()}): its ISO 3166-2 code where one exists (first-level
 * units only), its SOATE code where the source gives one, else a stable {@code kichi:} code. Its
 * {@linkplain #getRef() reference} is the first of these. It has a {@linkplain UnitLevel level}, a parent
 * (except the country), names in Kyrgyz, Russian and English where known, aliases and transliterations, and
 * optionally a period in which it existed. {@link #getSource()} tells which source gave which fact.
 *
 * <p>Immutable; built with {@link #builder(UnitRef, UnitLevel)}.
 */
public final class AdministrativeUnit {
    private final List<UnitRef> codes;
    private final UnitLevel level;
    private final UnitRef parent;
    private final List<UnitName> names;
    private final DatePeriod validity;
    private final String unitType;
    private final String source;
    private final String knowledgeCheck;
    private final String notes;

    private AdministrativeUnit(Builder b) {
        this.codes = List.copyOf(b.codes);
        this.level = b.level;
        this.parent = b.parent;
        this.names = List.copyOf(b.names);
        this.validity = b.validity;
        this.unitType = b.unitType;
        this.source = b.source;
        this.knowledgeCheck = b.knowledgeCheck;
        this.notes = b.notes;
    }

    /**
     * Starts a unit.
     *
     * @param ref its main code
     * @param level its level
     * @return a builder
     */
    public static Builder builder(UnitRef ref, UnitLevel level) {
        return new Builder(ref, level);
    }

    /** @return the main code: ISO 3166 when there is one, else SOATE, else Kichi */
    public UnitRef getRef() {
        return codes.get(0);
    }

    /** @return every code of the unit, the main one first */
    public List<UnitRef> getCodes() {
        return codes;
    }

    /**
     * The unit's code in a vocabulary.
     *
     * @param scheme e.g. {@link UnitRef#SOATE}
     * @return the code, empty when the unit has none there
     */
    public Optional<UnitRef> getCode(String scheme) {
        return codes.stream().filter(c -> c.getScheme().equals(scheme)).findFirst();
    }

    /** @return the level */
    public UnitLevel getLevel() {
        return level;
    }

    /** @return the parent's main code; empty only for a country */
    public Optional<UnitRef> getParent() {
        return Optional.ofNullable(parent);
    }

    /** @return every name, official names first, then aliases, then derived names */
    public List<UnitName> getNames() {
        return names;
    }

    /**
     * The official name in a language.
     *
     * @param language {@code ky}, {@code ru} or {@code en}
     * @return the name in use last (or always), empty when the sources give none
     */
    public Optional<String> getName(String language) {
        String found = null;
        for (UnitName n : names) {
            if (n.getKind() == UnitName.Kind.NAME && n.getLanguage().filter(language::equals).isPresent()
                    && (found == null || n.getValidity().flatMap(DatePeriod::getEnd).isEmpty())) {
                found = n.getText();
            }
        }
        return Optional.ofNullable(found);
    }

    /**
     * The official names in use on a day.
     *
     * @param date the day
     * @return language to name, in use on that day
     */
    public Map<String, String> getNamesOn(LocalDate date) {
        Map<String, String> map = new LinkedHashMap<>();
        for (UnitName n : names) {
            if (n.getKind() == UnitName.Kind.NAME && n.isValidOn(date) && n.getLanguage().isPresent()) {
                map.putIfAbsent(n.getLanguage().get(), n.getText());
            }
        }
        return Collections.unmodifiableMap(map);
    }

    /** @return a readable name: Russian, else English, else Kyrgyz, else the first name */
    public String getDisplayName() {
        return getName("ru").or(() -> getName("en")).or(() -> getName("ky")).orElse(names.get(0).getText());
    }

    /** @return when the unit existed, empty when not limited */
    public Optional<DatePeriod> getValidity() {
        return Optional.ofNullable(validity);
    }

    /**
     * Whether the unit existed on a day.
     *
     * @param date the day, or null for any time
     * @return true when no period is known or the day lies in it
     */
    public boolean existsOn(LocalDate date) {
        return date == null || validity == null || validity.overlaps(PartialDate.from(date));
    }

    /** @return the national type label, e.g. {@code город областного значения}; may be empty */
    public String getUnitType() {
        return unitType;
    }

    /** @return which source gave which field, with the tags listed in the data's NOTICE */
    public String getSource() {
        return source;
    }

    /** @return whether some fact of this unit comes from general knowledge rather than a cited source */
    public boolean isKnowledgeSourced() {
        return source.contains("knowledge");
    }

    /** @return how Kichi checked the facts from general knowledge, empty when none or not checked */
    public String getKnowledgeCheck() {
        return knowledgeCheck;
    }

    /** @return remarks of the data, may be empty */
    public String getNotes() {
        return notes;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AdministrativeUnit u && codes.equals(u.codes) && level == u.level
                && Objects.equals(parent, u.parent) && names.equals(u.names) && Objects.equals(validity, u.validity);
    }

    @Override
    public int hashCode() {
        return Objects.hash(codes, level, parent, names);
    }

    /** @return the main code, level and display name */
    @Override
    public String toString() {
        return getRef() + " " + level.getCode() + " " + getDisplayName();
    }

    /** Builds an {@link AdministrativeUnit}; {@link #build()} checks it. */
    public static final class Builder {
        private final List<UnitRef> codes = new ArrayList<>();
        private final UnitLevel level;
        private UnitRef parent;
        private final List<UnitName> names = new ArrayList<>();
        private DatePeriod validity;
        private String unitType = "";
        private String source = "";
        private String knowledgeCheck = "";
        private String notes = "";

        private Builder(UnitRef ref, UnitLevel level) {
            if (ref != null) {
                codes.add(ref);
            }
            this.level = level;
        }

        /**
         * Adds another code; null is "not given" (Kichi's null rule) and adds nothing.
         *
         * @param code the code
         * @return this builder
         */
        public Builder code(UnitRef code) {
            if (code != null) {
                codes.add(code);
            }
            return this;
        }

        /**
         * Sets the parent.
         *
         * @param parentRef the parent's main code
         * @return this builder
         */
        public Builder parent(UnitRef parentRef) {
            this.parent = parentRef;
            return this;
        }

        /**
         * Adds a name; null is "not given" (Kichi's null rule) and adds nothing.
         *
         * @param name the name
         * @return this builder
         */
        public Builder name(UnitName name) {
            if (name != null) {
                names.add(name);
            }
            return this;
        }

        /**
         * Sets when the unit existed.
         *
         * @param period the period
         * @return this builder
         */
        public Builder validity(DatePeriod period) {
            this.validity = period;
            return this;
        }

        /**
         * Sets the provenance.
         *
         * @param sourceTags which source gave which field
         * @param check how facts from general knowledge were checked, or empty
         * @return this builder
         */
        public Builder source(String sourceTags, String check) {
            this.source = Objects.requireNonNullElse(sourceTags, "");
            this.knowledgeCheck = Objects.requireNonNullElse(check, "");
            return this;
        }

        /**
         * Sets the national type label and remarks.
         *
         * @param type e.g. {@code село}
         * @param remarks remarks, or empty
         * @return this builder
         */
        public Builder description(String type, String remarks) {
            this.unitType = Objects.requireNonNullElse(type, "");
            this.notes = Objects.requireNonNullElse(remarks, "");
            return this;
        }

        /**
         * Builds the unit.
         *
         * @return the unit
         * @throws kg.kichi.core.validation.InvalidModelException if the code, level or names are missing, a
         *     code repeats, or a non-country has no parent
         */
        public AdministrativeUnit build() {
            ViolationCollector problems = new ViolationCollector("AdministrativeUnit");
            problems.check(!codes.isEmpty(), "codes", "kichi.required", Map.of());
            problems.check(level != null, "level", "kichi.required", Map.of());
            problems.check(!names.isEmpty(), "names", "kichi.geo.unitNames", Map.of());
            if (codes.size() > 1 && codes.stream().distinct().count() != codes.size()) {
                problems.check(false, "codes", "kichi.geo.codeRepeated", Map.of("value", codes.toString()));
            }
            if (level != null && level != UnitLevel.COUNTRY && parent == null) {
                problems.check(false, "parent", "kichi.geo.parentMissing",
                        Map.of("value", codes.isEmpty() ? "?" : codes.get(0).toString()));
            }
            problems.throwIfAny();
            names.sort((a, b) -> a.getKind().compareTo(b.getKind()));
            return new AdministrativeUnit(this);
        }
    }
}
