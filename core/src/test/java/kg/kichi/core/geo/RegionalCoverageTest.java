package kg.kichi.core.geo;

import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.AbstractMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import kg.kichi.core.validation.InvalidModelException;
import kg.kichi.core.validation.Violation;
import org.junit.jupiter.api.Test;

/** The factories of {@link RegionalCoverage}: a failing case for every violation code. */
class RegionalCoverageTest {
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(longs = {1, 2, 3})
    void unitRefChecksAgreeWithTheirRegularExpressions(long seed) {
        kg.kichi.core.PatternAgreement.assertAgrees(seed, "[a-z][a-z0-9-]{0,19}", "az09-", 20, UnitRef::isScheme);
        kg.kichi.core.PatternAgreement.assertAgrees(seed, "[A-Za-z0-9][A-Za-z0-9._-]{0,39}", "aZ09._-", 40,
                UnitRef::isCode);
        // two capitals that ISO 3166-1 assigns (KG, KZ, GA...; not ZZ, AA, KK)
        kg.kichi.core.PatternAgreement.assertAgrees(seed, "(?=[A-Z]{2}$)(" + String.join("|",
                java.util.Locale.getISOCountries()) + ")", "AKGZ", 2, RegionalCoverage::isCountryCode);
    }

    @org.junit.jupiter.api.Test
    void aNationwideCoverageNeedsACountryCodeOfTwoCapitals() {
        assertThat(RegionalCoverage.nationwide("KZ").getCountry()).contains("KZ");
        for (String bad : new String[] {"", "K", "KGZ", "kG", "Kg", "K1", "ЖG"}) {
            assertThat(codes(() -> RegionalCoverage.nationwide(bad))).as(String.valueOf(bad))
                    .containsExactly("kichi.coverage.country");
        }
    }

    private static final UnitRef NARYN = UnitRef.iso("KG-N");
    private static final UnitRef TALAS = UnitRef.iso("KG-T");

    private static List<String> codes(Supplier<?> factory) {
        try {
            factory.get();
        } catch (InvalidModelException e) {
            return e.getViolations().stream().map(Violation::getCode).toList();
        }
        throw new AssertionError("no violation");
    }

    @Test
    void validCoverages() {
        assertThat(RegionalCoverage.notStated().getKind()).isEqualTo(CoverageKind.NOT_STATED);
        assertThat(RegionalCoverage.nationwide("KG").getCountry()).contains("KG");
        assertThat(RegionalCoverage.nationwide("KG")).isNotEqualTo(RegionalCoverage.notStated());
        assertThat(RegionalCoverage.of(NARYN, TALAS).getUnitRefs()).containsExactly(NARYN, TALAS);
        Map<UnitRef, BigDecimal> shares = new LinkedHashMap<>();
        shares.put(NARYN, new BigDecimal("60"));
        shares.put(TALAS, new BigDecimal("40"));
        assertThat(RegionalCoverage.withShares(shares).getShares()).isEqualTo(shares);
        assertThat(RegionalCoverage.of(NARYN).toString()).isEqualTo("[iso3166-2:KG-N]");
    }

    @Test
    void everyViolationCodeHasAFailingCase() {
        assertThat(codes(() -> RegionalCoverage.nationwide("kg"))).containsExactly("kichi.coverage.country");
        assertThatNullPointerException().isThrownBy(() -> RegionalCoverage.nationwide(null))
                .withMessageContaining("countryCode");
        assertThat(codes(() -> RegionalCoverage.of(List.of()))).containsExactly("kichi.coverage.empty");
        assertThat(codes(() -> RegionalCoverage.of(NARYN, NARYN))).containsExactly("kichi.coverage.duplicate");
        assertThat(codes(() -> RegionalCoverage.withShares(Map.of(NARYN, new BigDecimal("0")))))
                .contains("kichi.coverage.share");
        assertThat(codes(() -> RegionalCoverage.withShares(Map.of(NARYN, new BigDecimal("150")))))
                .contains("kichi.coverage.share");
        assertThat(codes(() -> RegionalCoverage.ofUnits(List.of(
                new AbstractMap.SimpleEntry<>(NARYN, new BigDecimal("100")),
                new AbstractMap.SimpleEntry<>(TALAS, (BigDecimal) null))))).containsExactly("kichi.coverage.sharesPartial");
        Map<UnitRef, BigDecimal> short90 = new LinkedHashMap<>();
        short90.put(NARYN, new BigDecimal("50"));
        short90.put(TALAS, new BigDecimal("40"));
        assertThat(codes(() -> RegionalCoverage.withShares(short90))).containsExactly("kichi.coverage.sharesTotal");
        assertThatThrownBy(() -> UnitRef.parse("KG-N")).isInstanceOf(InvalidModelException.class);
    }
    @Test
    void aShareBeyondFortyDecimalsIsRejectedWithoutExpandingIt() {
        Map<UnitRef, BigDecimal> tiny = new LinkedHashMap<>();
        tiny.put(NARYN, new BigDecimal("100"));
        tiny.put(TALAS, new BigDecimal("1E-999999999"));
        assertThatThrownBy(() -> RegionalCoverage.withShares(tiny)).isInstanceOfSatisfying(InvalidModelException.class,
                e -> assertThat(e.getViolations()).singleElement().satisfies(v -> {
                    assertThat(v.getPath()).isEqualTo("units[1].percent");
                    assertThat(v.getCode()).isEqualTo("kichi.coverage.share");
                    assertThat(v.getArguments()).containsEntry("value", "1E-999999999");
                }));
        assertThat(codes(() -> RegionalCoverage.withShares(Map.of(NARYN, new BigDecimal("1E+999999999")))))
                .containsExactly("kichi.coverage.share", "kichi.coverage.sharesTotal");
        assertThat(RegionalCoverage.withShares(Map.of(NARYN, new BigDecimal("1E+2"))).getShares())
                .containsEntry(NARYN, new BigDecimal("1E+2"));
    }
}
