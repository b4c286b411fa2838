package kg.kichi.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.core.StreamReadConstraints;

/**
 * {@link ReadLimits} as a value: the documented defaults, each {@code with…} changing its own limit and keeping
 * every other (the bounds on what a read keeps too), a limit of zero or less refused naming it, and the limits
 * handed to Jackson as they are.
 */
class ReadLimitsValuesTest {
    /** Every limit, in the order: depth, number, string, name, document, problems, id, quoted, extension, forward. */
    private static List<Long> all(ReadLimits l) {
        return List.of((long) l.getMaxNestingDepth(), (long) l.getMaxNumberLength(), (long) l.getMaxStringLength(),
                (long) l.getMaxNameLength(), l.getMaxDocumentLength(), (long) l.getMaxProblems(),
                (long) l.getMaxIdLength(), (long) l.getMaxQuotedLength(), (long) l.getMaxExtensionLength(),
                (long) l.getMaxForwardReferences());
    }

    @Test
    void theDefaultsAreTheDocumentedOnes() {
        assertThat(all(ReadLimits.defaults())).containsExactly(64L, 64L, 1_048_576L, 1000L, 1_073_741_824L, 1000L,
                200L, 200L, 1_048_576L, 100_000L);
    }

    @Test
    void eachWithChangesItsOwnLimitAndKeepsTheOthers() {
        ReadLimits limits = ReadLimits.defaults().withMaxNestingDepth(11).withMaxNumberLength(12)
                .withMaxStringLength(13).withMaxNameLength(14).withMaxDocumentLength(15L).withMaxProblems(16)
                .withMaxIdLength(17).withMaxQuotedLength(18).withMaxExtensionLength(19).withMaxForwardReferences(20);
        assertThat(all(limits)).containsExactly(11L, 12L, 13L, 14L, 15L, 16L, 17L, 18L, 19L, 20L);
        // the bounds set first survive the later copies of the parser's limits, and the other way round
        ReadLimits other = ReadLimits.defaults().withMaxIdLength(7).withMaxQuotedLength(8).withMaxExtensionLength(9)
                .withMaxForwardReferences(10).withMaxNestingDepth(1).withMaxNumberLength(2).withMaxStringLength(3)
                .withMaxNameLength(4).withMaxDocumentLength(5L).withMaxProblems(6);
        assertThat(all(other)).containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L);
        // the defaults are not changed by the copies
        assertThat(all(ReadLimits.defaults())).containsExactly(64L, 64L, 1_048_576L, 1000L, 1_073_741_824L, 1000L,
                200L, 200L, 1_048_576L, 100_000L);
    }

    @Test
    void oneIsTheSmallestLimitAndZeroIsRefusedNamingTheLimit() {
        ReadLimits ones = ReadLimits.defaults().withMaxNestingDepth(1).withMaxNumberLength(1).withMaxStringLength(1)
                .withMaxNameLength(1).withMaxDocumentLength(1L).withMaxProblems(1).withMaxIdLength(1)
                .withMaxQuotedLength(1).withMaxExtensionLength(1).withMaxForwardReferences(1);
        assertThat(all(ones)).containsOnly(1L);
        ReadLimits d = ReadLimits.defaults();
        assertThatThrownBy(() -> d.withMaxNestingDepth(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("maxNestingDepth must be positive: 0");
        assertThatThrownBy(() -> d.withMaxNumberLength(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("maxNumberLength must be positive: 0");
        assertThatThrownBy(() -> d.withMaxStringLength(-1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("maxStringLength must be positive: -1");
        assertThatThrownBy(() -> d.withMaxNameLength(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("maxNameLength must be positive: 0");
        assertThatThrownBy(() -> d.withMaxDocumentLength(0L)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("maxDocumentLength must be positive: 0");
        assertThatThrownBy(() -> d.withMaxProblems(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("maxProblems must be positive: 0");
        assertThatThrownBy(() -> d.withMaxIdLength(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("maxIdLength must be positive: 0");
        assertThatThrownBy(() -> d.withMaxQuotedLength(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("maxQuotedLength must be positive: 0");
        assertThatThrownBy(() -> d.withMaxExtensionLength(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("maxExtensionLength must be positive: 0");
        assertThatThrownBy(() -> d.withMaxForwardReferences(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("maxForwardReferences must be positive: 0");
        assertThatThrownBy(() -> d.withMaxNestingDepth(501)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("maxNestingDepth above 500: 501");
        assertThat(d.withMaxNestingDepth(500).getMaxNestingDepth()).isEqualTo(500);
    }

    @Test
    void jacksonGetsTheSameLimits() {
        StreamReadConstraints c = ReadLimits.defaults().withMaxNestingDepth(11).withMaxNumberLength(12)
                .withMaxStringLength(13).withMaxNameLength(14).withMaxDocumentLength(15L).toStreamReadConstraints();
        assertThat(List.of((long) c.getMaxNestingDepth(), (long) c.getMaxNumberLength(),
                (long) c.getMaxStringLength(), (long) c.getMaxNameLength(), c.getMaxDocumentLength()))
                .containsExactly(11L, 12L, 13L, 14L, 15L);
    }
}
