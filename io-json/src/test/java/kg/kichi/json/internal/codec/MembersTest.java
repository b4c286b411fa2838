package kg.kichi.json.internal.codec;

import static kg.kichi.json.internal.codec.Members.list;
import static kg.kichi.json.internal.codec.Members.member;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import kg.kichi.json.Mode;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonGenerator;

/** The rules of member handles: each belongs to one table, which gives it its slot, and is read only there. */
class MembersTest {
    @Test
    void aTableGivesItsHandlesTheirSlotsInOrder() {
        Members.Member<String> a = member("a", Scalars.STRING);
        Members.ListMember<Integer> b = list("b", Scalars.INTEGER);
        Members.Member<Boolean> c = member("c", Scalars.BOOLEAN);
        Members table = Members.of(a, b, c);

        assertThat(table.at(0)).isSameAs(a);
        assertThat(table.at(1)).isSameAs(b);
        assertThat(table.at(2)).isSameAs(c);
        assertThat(c.slot).isEqualTo(2);
        assertThat(c.owner).isSameAs(table);
        assertThat(table.indexOf("b")).isEqualTo(1);
        assertThat(table.indexOf("d")).isEqualTo(-1);
    }

    @Test
    void aHandleDeclaredInOneTableIsRejectedByAnother() {
        Members.Member<String> shared = member("x", Scalars.STRING);
        Members.of(shared);

        assertThatThrownBy(() -> Members.of(member("y", Scalars.STRING), shared))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("x");
    }

    @Test
    void aHandleDeclaredTwiceInOneTableIsRejected() {
        Members.Member<String> twice = member("x", Scalars.STRING);

        assertThatThrownBy(() -> Members.of(twice, twice)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Members.of(twice, member("x", Scalars.INTEGER)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("declared twice");
    }

    @Test
    void aRejectedTableLeavesItsHandlesFree() {
        Members.Member<String> x = member("x", Scalars.STRING);

        assertThatThrownBy(() -> Members.of(x, member("x", Scalars.STRING)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(x.owner).isNull();
        assertThat(Members.of(x).at(0)).isSameAs(x);
    }

    /** Same names and codecs as {@link #OWN}'s members, but in another table and so other handles. */
    private static final Members.Member<String> OTHER_X = member("x", Scalars.STRING);
    private static final Members.ListMember<Integer> OTHER_L = list("l", Scalars.INTEGER);
    private static final Members OTHER = Members.of(OTHER_L, OTHER_X);

    private static final Members.Member<String> X = member("x", Scalars.STRING);
    private static final Members.ListMember<Integer> L = list("l", Scalars.INTEGER);
    private static final Members OWN = Members.of(X, L);

    @Test
    void fieldsReadTheirOwnTablesHandles() {
        List<Object> read = read(f -> List.of(f.get(X), f.list(L), f.has(X)));

        assertThat(read).containsExactly("v", List.of(1, 2), true);
    }

    @Test
    void fieldsRejectAHandleOfAnotherTable() {
        assertRejected(f -> f.get(OTHER_X));
        assertRejected(f -> f.require(OTHER_X));
        assertRejected(f -> f.list(OTHER_L));
        assertRejected(f -> f.requireList(OTHER_L));
        assertRejected(f -> f.has(OTHER_X));
    }

    @Test
    void fieldsRejectAHandleOfNoTable() {
        assertRejected(f -> f.get(member("x", Scalars.STRING)));
        assertRejected(f -> f.list(list("l", Scalars.INTEGER)));
    }

    private static void assertRejected(Function<Fields, Object> take) {
        assertThatThrownBy(() -> read(take)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not declared in this object's table");
    }

    private static List<Object> read(Function<Fields, Object> take) {
        List<Object> out = new ArrayList<>();
        Codec<Object> codec = new Codec<>() {
            @Override
            public Object read(Cursor in) {
                Fields f = in.object(OWN);
                out.add(take.apply(f));
                return null;
            }

            @Override
            public void write(Object value, JsonGenerator generator) {
                throw new UnsupportedOperationException();
            }
        };
        CodecTesting.read(codec, "{\"l\":[1,2],\"x\":\"v\"}", Mode.STRICT);
        @SuppressWarnings("unchecked")
        List<Object> result = (List<Object>) out.get(0);
        return result;
    }
}
