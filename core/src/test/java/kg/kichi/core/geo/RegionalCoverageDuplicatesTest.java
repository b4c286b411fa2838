package kg.kichi.core.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import kg.kichi.core.validation.InvalidModelException;
import kg.kichi.core.validation.Violation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A coverage reports a {@code kichi.coverage.duplicate} at exactly the positions of units seen before, as a hash
 * set finds them, for short and long lists of random units (200 seeds), and keeps the units in order.
 */
class RegionalCoverageDuplicatesTest {
    static Stream<Long> seeds() {
        // -Dkichi.property.seeds=N runs N seeds instead (the mutation profile runs fewer: docs/reliability.md)
        return LongStream.range(0, Long.getLong("kichi.property.seeds", 200)).boxed();
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void reportsEveryRepeatAtItsPosition(long seed) {
        Random random = new Random(seed);
        int size = 1 + random.nextInt(seed % 4 == 0 ? 60 : 8);
        int distinct = 1 + random.nextInt(size + 2);
        List<UnitRef> units = new ArrayList<>();
        Set<UnitRef> seen = new HashSet<>();
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            UnitRef unit = UnitRef.of(random.nextBoolean() ? "kichi" : "soate", "u" + random.nextInt(distinct));
            units.add(unit);
            if (!seen.add(unit)) {
                expected.add("units[" + i + "]");
            }
        }
        if (expected.isEmpty()) {
            RegionalCoverage coverage = RegionalCoverage.of(units);
            assertThat(coverage.getUnits()).extracting(UnitShare::getUnit).containsExactlyElementsOf(units);
            return;
        }
        InvalidModelException e = catchThrowableOfType(() -> RegionalCoverage.of(units), InvalidModelException.class);
        assertThat(e.getViolations()).extracting(Violation::getPath).containsExactlyElementsOf(expected);
        assertThat(e.getViolations()).extracting(Violation::getCode).containsOnly("kichi.coverage.duplicate");
    }
}
