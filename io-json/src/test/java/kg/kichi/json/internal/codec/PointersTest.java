package kg.kichi.json.internal.codec;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PointersTest {
    @Test
    void turnsPropertyPathsIntoPointers() {
        assertThat(Pointers.fromPropertyPath("", "grants[3].partnership.members[0].organisation"))
                .isEqualTo("/grants/3/partnership/members/0/organisation");
        assertThat(Pointers.fromPropertyPath("/calls/2", "lots[1].grantSize.max"))
                .isEqualTo("/calls/2/lots/1/grantSize/max");
        assertThat(Pointers.fromPropertyPath("/x", "")).isEqualTo("/x");
    }

    @Test
    void dropsContainerElementNodes() {
        assertThat(Pointers.fromPropertyPath("/organisations/0", "acronyms[2].<list element>"))
                .isEqualTo("/organisations/0/acronyms/2");
    }

    @Test
    void escapesTildeAndSlash() {
        assertThat(Pointers.member("/a", "b/c~d")).isEqualTo("/a/b~1c~0d");
        assertThat(Pointers.fromPropertyPath("", "extensions[x/y]")).isEqualTo("/extensions/x~1y");
    }
}
