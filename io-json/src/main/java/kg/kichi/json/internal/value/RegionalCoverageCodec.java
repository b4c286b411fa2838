package kg.kichi.json.internal.value;

import static kg.kichi.json.internal.codec.Members.list;
import static kg.kichi.json.internal.codec.Members.member;

import java.math.BigDecimal;
import java.util.AbstractMap;
import java.util.List;
import java.util.Map;
import kg.kichi.core.geo.CoverageKind;
import kg.kichi.core.geo.RegionalCoverage;
import kg.kichi.core.geo.UnitLevel;
import kg.kichi.core.geo.UnitRef;
import kg.kichi.core.geo.UnitShare;
import kg.kichi.core.validation.InvalidModelException;
import kg.kichi.json.internal.codec.Codec;
import kg.kichi.json.internal.codec.Cursor;
import kg.kichi.json.internal.codec.Fields;
import kg.kichi.json.internal.codec.Members;
import kg.kichi.json.internal.codec.Members.ListMember;
import kg.kichi.json.internal.codec.Members.Member;
import kg.kichi.json.internal.codec.Out;
import kg.kichi.json.internal.codec.Scalars;
import tools.jackson.core.JsonGenerator;

/**
 * {@link RegionalCoverage} as {@code {"kind": "not-stated"}}, {@code {"kind": "nationwide", "country": "KG"}},
 * {@code {"kind": "all-of-level", "country": "KG", "level": "region"}} (every oblast) or
 * {@code {"kind": "units", "units": [{"unit": "iso3166-2:KG-N", "percent": 60}, …]}}.
 */
public final class RegionalCoverageCodec implements Codec<RegionalCoverage> {
    /** The instance. */
    public static final RegionalCoverageCodec INSTANCE = new RegionalCoverageCodec();

    private static final Codec<CoverageKind> KIND_CODE = Scalars.enumeration(CoverageKind.values(),
            k -> k.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));

    private static final Member<UnitRef> UNIT = member("unit", UnitRefCodec.INSTANCE);
    private static final Member<BigDecimal> PERCENT = member("percent", Scalars.DECIMAL);
    private static final Members SHARE_MEMBERS = Members.of(UNIT, PERCENT);

    private static final Codec<Map.Entry<UnitRef, BigDecimal>> SHARE = new Codec<>() {
        @Override
        public Map.Entry<UnitRef, BigDecimal> read(Cursor in) {
            Fields f = in.object(SHARE_MEMBERS);
            if (f == null) {
                return null;
            }
            UnitRef unit = f.require(UNIT);
            BigDecimal percent = f.get(PERCENT);
            f.rejectUnknown();
            return f.hasProblems() ? null : new AbstractMap.SimpleImmutableEntry<>(unit, percent);
        }

        @Override
        public void write(Map.Entry<UnitRef, BigDecimal> value, JsonGenerator out) {
            out.writeStartObject();
            Out.member(out, "unit", value.getKey(), UnitRefCodec.INSTANCE);
            Out.member(out, "percent", value.getValue(), Scalars.DECIMAL);
            out.writeEndObject();
        }
    };

    private static final Member<CoverageKind> KIND = member("kind", KIND_CODE);
    private static final Member<String> COUNTRY = member("country", Scalars.STRING);
    private static final Member<UnitLevel> LEVEL = member("level",
            Scalars.enumeration(UnitLevel.values(), UnitLevel::getCode));
    private static final ListMember<Map.Entry<UnitRef, BigDecimal>> UNIT_SHARES = list("units", SHARE);
    /** Every member any kind may have: those the kind read does not allow are reported as unknown. */
    private static final Members MEMBERS = Members.of(KIND, COUNTRY, LEVEL, UNIT_SHARES);

    private RegionalCoverageCodec() {}

    @Override
    public RegionalCoverage read(Cursor in) {
        Fields f = in.object(MEMBERS);
        if (f == null) {
            return null;
        }
        CoverageKind kind = f.require(KIND);
        if (kind == null) {
            return null;
        }
        switch (kind) {
            case NATIONWIDE: {
                String country = f.require(COUNTRY);
                f.rejectUnknown();
                if (country == null) {
                    return null; // reported by require; nationwide refuses null (the null rule)
                }
                try {
                    return f.built(RegionalCoverage.nationwide(country));
                } catch (InvalidModelException e) {
                    return f.invalid(e);
                }
            }
            case ALL_OF_LEVEL: {
                String country = f.require(COUNTRY);
                UnitLevel level = f.require(LEVEL);
                f.rejectUnknown();
                if (country == null || level == null) {
                    return null;
                }
                try {
                    return f.built(RegionalCoverage.allOf(country, level));
                } catch (InvalidModelException e) {
                    return f.invalid(e);
                }
            }
            case UNITS: {
                List<Map.Entry<UnitRef, BigDecimal>> units = f.requireList(UNIT_SHARES);
                f.rejectUnknown();
                try {
                    return f.built(RegionalCoverage.ofUnits(units));
                } catch (InvalidModelException e) {
                    return f.invalid(e);
                }
            }
            default:
                f.rejectUnknown();
                return f.hasProblems() ? null : RegionalCoverage.notStated();
        }
    }

    @Override
    public void write(RegionalCoverage value, JsonGenerator out) {
        out.writeStartObject();
        out.writeName("kind");
        KIND_CODE.write(value.getKind(), out);
        Out.optional(out, "country", value.getCountry(), Scalars.STRING);
        if (value.isAllOfLevel()) {
            out.writeStringProperty("level", value.getLevel().orElseThrow().getCode());
        }
        if (value.getKind() == CoverageKind.UNITS) {
            out.writeName("units");
            out.writeStartArray();
            for (UnitShare share : value.getUnits()) {
                SHARE.write(new AbstractMap.SimpleImmutableEntry<>(share.getUnit(), share.getPercent().orElse(null)),
                        out);
            }
            out.writeEndArray();
        }
        out.writeEndObject();
    }
}
