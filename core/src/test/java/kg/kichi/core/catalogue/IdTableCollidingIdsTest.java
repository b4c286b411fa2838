package kg.kichi.core.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import kg.kichi.core.internal.CollidingIds;
import kg.kichi.core.organisation.OrganisationId;
import org.junit.jupiter.api.Test;

/**
 * What an {@link IdTable} answers once colliding ids have made it switch to the keyed hash, whether an insertion
 * or a lookup made it switch; no bound on time ({@link IdTableCollisionTest} has that), so that mutation testing
 * runs these too.
 */
class IdTableCollidingIdsTest {
    @Test
    void anInsertionBeyondTheProbeLimitSwitchesAndEveryIdIsStillFound() {
        List<String> ids = CollidingIds.of("g-", 8); // 256 ids of one String.hashCode
        IdTable<String, Integer> table = new IdTable<>(300);
        assertThat(table.add(null, -7)).isTrue();
        for (int i = 0; i < ids.size(); i++) {
            assertThat(table.add(ids.get(i), i)).as("add %d", i).isTrue();
        }
        for (int i = 0; i < ids.size(); i++) {
            assertThat(table.get(new String(ids.get(i)))).as("get %d", i).isEqualTo(i);
            assertThat(table.add(ids.get(i), -1)).as("add again %d", i).isFalse();
        }
        assertThat(table.get(null)).isEqualTo(-7);
        assertThat(table.add(null, 9)).isFalse();
        assertThat(table.contains("g-AaAaAaAaAaAaAaAaAa")).isFalse();
        assertThat(table.get("g-")).isNull();
    }

    @Test
    void aLookupBeyondTheProbeLimitSwitchesAndEveryIdIsStillFound() {
        // 65 colliding ids fill 65 slots in a row: the last insertion probes 64, within the limit; looking up a
        // 66th, absent, probes 65 and switches
        List<String> ids = CollidingIds.of("g-", 7).subList(0, 66);
        IdTable<String, Integer> table = new IdTable<>(200);
        for (int i = 0; i < 65; i++) {
            assertThat(table.add(ids.get(i), i)).isTrue();
        }
        assertThat(table.contains(ids.get(65))).isFalse();
        for (int i = 0; i < 65; i++) {
            assertThat(table.get(ids.get(i))).as("get %d", i).isEqualTo(i);
        }
        assertThat(table.add(ids.get(65), 65)).isTrue();
        assertThat(table.get(ids.get(65))).isEqualTo(65);
    }

    @Test
    void organisationIdsAreKeyedByTheirText() {
        List<String> values = CollidingIds.of("o", 8);
        IdTable<OrganisationId, Integer> table = new IdTable<>(values.size());
        for (int i = 0; i < values.size(); i++) {
            assertThat(table.add(OrganisationId.local(values.get(i)), i)).isTrue();
        }
        for (int i = 0; i < values.size(); i++) {
            assertThat(table.get(OrganisationId.local(values.get(i)))).isEqualTo(i);
        }
        assertThat(table.contains(OrganisationId.local("oAb"))).isFalse();
    }
}
