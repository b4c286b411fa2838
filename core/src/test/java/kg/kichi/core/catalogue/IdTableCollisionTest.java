package kg.kichi.core.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import kg.kichi.core.internal.CollidingIds;
import kg.kichi.core.organisation.OrganisationId;
import org.junit.jupiter.api.Test;

/**
 * Ids chosen so that their {@link String#hashCode()}s collide keep an {@link IdTable} linear: 131,072 of them took
 * minutes when the table placed ids by {@code hashCode} alone (every insertion walked all earlier ids); they take
 * well under a second now.
 */
class IdTableCollisionTest {
    private static final Duration BOUND = Duration.ofSeconds(10);

    @Test
    void collidingStringIdsAreAddedAndFoundInLinearTime() {
        List<String> ids = CollidingIds.of("grant-", 17);
        List<String> absent = CollidingIds.of("grant-x", 17).subList(0, 50_000);
        IdTable<String, Integer> table = new IdTable<>(ids.size());
        assertTimeoutPreemptively(BOUND, () -> {
            for (int i = 0; i < ids.size(); i++) {
                assertThat(table.add(ids.get(i), i)).isTrue();
            }
            for (int i = 0; i < ids.size(); i++) {
                assertThat(table.get(new String(ids.get(i)))).isEqualTo(i);
                assertThat(table.add(ids.get(i), -1)).isFalse();
            }
            for (String id : absent) {
                assertThat(table.contains(id)).isFalse();
            }
        });
        assertThat(table.contains(null)).isFalse();
        assertThat(table.add(null, 7)).isTrue();
        assertThat(table.get(null)).isEqualTo(7);
    }

    @Test
    void collidingOrganisationIdsAreAddedAndFoundInLinearTime() {
        List<String> values = CollidingIds.of("o", 16);
        IdTable<OrganisationId, Integer> table = new IdTable<>(values.size());
        assertTimeoutPreemptively(BOUND, () -> {
            for (int i = 0; i < values.size(); i++) {
                assertThat(table.add(OrganisationId.local(values.get(i)), i)).isTrue();
            }
            for (int i = 0; i < values.size(); i++) {
                assertThat(table.get(OrganisationId.local(values.get(i)))).isEqualTo(i);
            }
        });
        assertThat(table.contains(OrganisationId.local("oAb"))).isFalse();
    }
}
