package kg.kichi.core.geo.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.time.LocalDate;
import java.util.List;
import kg.kichi.core.geo.AdministrativeUnit;
import kg.kichi.core.geo.Gazetteer;
import kg.kichi.core.geo.UnitRef;
import kg.kichi.core.geo.gazetteer.Gazetteers;

/**
 * Coverage-guided fuzz test (Jazzer) of the gazetteer's resolution of place mentions. In the test command it
 * replays its regression corpus only; a campaign runs with {@code JAZZER_FUZZ=1} (see docs/reliability.md).
 *
 * <p>The oracle: any text, with or without a context unit and a date, resolves to a {@link Resolution} whose
 * status agrees with its candidates (resolved: a best candidate that is the unit; ambiguous: two or more; unknown:
 * none and a reason; contradictory: no unit and a reason), every candidate a unit of the gazetteer; splitting a list of mentions never fails.
 */
class GazetteerFuzzTest {
    private static final Gazetteer KG = Gazetteers.kyrgyzstan();
    private static final List<AdministrativeUnit> UNITS = KG.getUnits();

    @FuzzTest(maxDuration = "10s")
    void resolve(FuzzedDataProvider data) {
        UnitRef within = data.consumeBoolean() ? UNITS.get(data.consumeInt(0, UNITS.size() - 1)).getRef() : null;
        LocalDate asOf = data.consumeBoolean() ? LocalDate.of(data.consumeInt(1990, 2030), 1, 1)
                .plusDays(data.consumeInt(0, 364)) : null;
        String text = data.consumeRemainingAsString();
        Resolution r = KG.resolve(text, within, asOf);
        assertThat(r.getStatus()).isNotNull();
        switch (r.getStatus()) {
            case RESOLVED -> {
                assertThat(r.getBest()).isPresent();
                assertThat(r.getUnit()).contains(r.getBest().get().getUnit());
            }
            case AMBIGUOUS -> assertThat(r.getCandidates()).hasSizeGreaterThanOrEqualTo(2);
            case UNKNOWN -> {
                assertThat(r.getCandidates()).isEmpty();
                assertThat(r.getReason()).isPresent();
            }
            case CONTRADICTORY -> {
                assertThat(r.getUnit()).isEmpty();
                assertThat(r.getReason()).isPresent();
            }
            default -> throw new AssertionError(r.getStatus());
        }
        for (Candidate c : r.getCandidates()) {
            assertThat(KG.find(c.getUnit().getRef())).contains(c.getUnit());
        }
        for (String mention : MentionSplitter.split(text)) {
            assertThat(mention).isNotNull();
        }
    }
}
