package kg.kichi.json.internal.value;

import static kg.kichi.json.internal.codec.Member.nullable;
import static kg.kichi.json.internal.codec.Member.required;
import static kg.kichi.json.internal.codec.Member.requiredList;

import java.math.BigDecimal;
import java.util.AbstractMap;
import java.util.List;
import java.util.Map;
import kg.kichi.core.geo.CoverageKind;
import kg.kichi.core.geo.RegionalCoverage;
import kg.kichi.core.geo.UnitLevel;
import kg.kichi.core.geo.UnitRef;
import kg.kichi.core.geo.UnitShare;
import kg.kichi.json.internal.codec.Codec;
import kg.kichi.json.internal.codec.FactoryCodec;
import kg.kichi.json.internal.codec.Member;
import kg.kichi.json.internal.codec.Scalars;
import kg.kichi.json.internal.codec.VariantCodec;

/**
 * {@link RegionalCoverage} as {@code {"kind": "not-stated"}}, {@code {"kind": "nationwide", "country": "KG"}},
 * {@code {"kind": "all-of-level", "country": "KG", "level": "region"}} (every oblast) or
 * {@code {"kind": "units", "units": [{"unit": "iso3166-2:KG-N", "percent": 60}, …]}}: a member another kind has
 * is unknown.
 */
public final class RegionalCoverageCodec {
    private static final Codec<CoverageKind> KIND = Scalars.enumeration(CoverageKind.values(),
            k -> k.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));

    /** One unit and its share in percent, if stated: an argument of {@link RegionalCoverage#ofUnits}. */
    private static final Codec<Map.Entry<UnitRef, BigDecimal>> SHARE = FactoryCodec.of(
            required("unit", UnitRefCodec.INSTANCE, Map.Entry<UnitRef, BigDecimal>::getKey),
            nullable("percent", Scalars.DECIMAL, Map.Entry<UnitRef, BigDecimal>::getValue),
            AbstractMap.SimpleImmutableEntry::new);

    /** The country of a nationwide coverage and of an all-of-level one. */
    private static final Member<RegionalCoverage, String> COUNTRY =
            required("country", Scalars.STRING, c -> c.getCountry().orElse(null));

    /** The codec: the kind, then the members of that kind in the order written. */
    public static final Codec<RegionalCoverage> INSTANCE =
            VariantCodec.of("kind", KIND, RegionalCoverage::getKind)
            .variant(CoverageKind.NOT_STATED, FactoryCodec.of(RegionalCoverage::notStated))
            .variant(CoverageKind.NATIONWIDE, FactoryCodec.of(COUNTRY, RegionalCoverage::nationwide))
            .variant(CoverageKind.ALL_OF_LEVEL, FactoryCodec.of(COUNTRY,
                    required("level", Scalars.enumeration(UnitLevel.values(), UnitLevel::getCode),
                            (RegionalCoverage c) -> c.getLevel().orElse(null)),
                    RegionalCoverage::allOf))
            .variant(CoverageKind.UNITS, FactoryCodec.of(
                    requiredList("units", SHARE, RegionalCoverageCodec::shares),
                    RegionalCoverage::ofUnits));

    private RegionalCoverageCodec() {}

    private static List<Map.Entry<UnitRef, BigDecimal>> shares(RegionalCoverage coverage) {
        return coverage.getUnits().stream().map(RegionalCoverageCodec::share).toList();
    }

    private static Map.Entry<UnitRef, BigDecimal> share(UnitShare share) {
        return new AbstractMap.SimpleImmutableEntry<>(share.getUnit(), share.getPercent().orElse(null));
    }
}
