package kg.kichi.json.internal.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A table gives each declared member its slot, by name, and refuses a name twice. */
class MemberTableTest {
    @Test
    void aTableGivesItsMembersTheirSlotsInOrder() {
        MemberTable table = new MemberTable(List.of(new MemberTable.Slot("a", Scalars.STRING, false),
                new MemberTable.Slot("id", Scalars.INTEGER, true), new MemberTable.Slot("c", Scalars.BOOLEAN, false)));

        assertThat(table.size()).isEqualTo(3);
        assertThat(table.at(2).name).isEqualTo("c");
        assertThat(table.indexOf("a")).isZero();
        assertThat(table.indexOf("c")).isEqualTo(2);
        assertThat(table.indexOf("d")).isEqualTo(-1);
        assertThat(table.idSlot()).isEqualTo(1);
        assertThat(table.at(0).string).isTrue();
        assertThat(table.at(1).list).isTrue();
    }

    @Test
    void aNameDeclaredTwiceIsRejected() {
        assertThatThrownBy(() -> new MemberTable(List.of(new MemberTable.Slot("x", Scalars.STRING, false),
                new MemberTable.Slot("x", Scalars.INTEGER, false))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("declared twice: x");
    }

    @Test
    void aTableWithoutIdHasNoIdSlot() {
        assertThat(new MemberTable(List.of(new MemberTable.Slot("x", Scalars.STRING, false))).idSlot()).isEqualTo(-1);
    }

    @Test
    void twoDeclarationsAreAlikeOnlyWithTheSameNameCodecAndShape() {
        MemberTable.Slot x = new MemberTable.Slot("x", Scalars.STRING, false);

        assertThat(x.sameAs(new MemberTable.Slot("x", Scalars.STRING, false))).isTrue();
        assertThat(x.sameAs(new MemberTable.Slot("x", Scalars.STRING, true))).isFalse();
        assertThat(x.sameAs(new MemberTable.Slot("x", Scalars.INTEGER, false))).isFalse();
        assertThat(x.sameAs(new MemberTable.Slot("y", Scalars.STRING, false))).isFalse();
    }
}
