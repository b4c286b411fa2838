package kg.kichi.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;
import kg.kichi.core.grant.Grant;
import org.junit.jupiter.api.Test;

/** Unknown members kept by a lenient reader travel with the object, verbatim and immutable. */
class ExtensionsTest {
    @Test
    void areKeptVerbatimInOrderAndTakePartInEquality() {
        Map<String, String> unknown = new LinkedHashMap<>();
        unknown.put("x-source", "{\"seed\": 3, \"line\": [12, 14]}");
        unknown.put("x-note", "\"  spaced  \"");
        Grant grant = Samples.grant().extensions(unknown).build();
        unknown.clear();
        assertThat(grant.getExtensions()).containsExactly(
                Map.entry("x-source", "{\"seed\": 3, \"line\": [12, 14]}"), Map.entry("x-note", "\"  spaced  \""));
        assertThat(grant).isNotEqualTo(Samples.grant().build());
        assertThat(grant.withExtensions(Map.of())).isEqualTo(Samples.grant().build());
        assertThat(Grant.builder().from(grant).build().getExtensions()).isEqualTo(grant.getExtensions());
        assertThatThrownBy(() -> grant.getExtensions().remove("x-note"))
                .isInstanceOf(UnsupportedOperationException.class);
    }
}
