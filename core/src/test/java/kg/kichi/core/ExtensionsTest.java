package kg.kichi.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;
import kg.kichi.core.grant.Grant;
import kg.kichi.core.project.Project;
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

    @Test
    void aBuilderGivenNoCollectionBuildsEmptyOnesAndEveryBuildCopiesWhatItWasGiven() {
        Project.Builder builder = Project.builder().id("p").title(Samples.en("P"));
        Project none = builder.build();
        assertThat(none.getExtensions()).isEmpty();
        assertThat(none.getObjectives()).isEmpty();
        assertThatThrownBy(() -> none.getExtensions().put("x", "1")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> none.getObjectives().add(Samples.en("o")))
                .isInstanceOf(UnsupportedOperationException.class);

        Project one = builder.putExtension("x-a", "1").addObjective(Samples.en("o")).build();
        Project two = builder.putExtension("x-b", "2").addObjective(Samples.en("p")).build();
        assertThat(none.getExtensions()).isEmpty();
        assertThat(one.getExtensions()).containsExactly(Map.entry("x-a", "1"));
        assertThat(one.getObjectives()).containsExactly(Samples.en("o"));
        assertThat(two.getExtensions()).containsExactly(Map.entry("x-a", "1"), Map.entry("x-b", "2"));
        assertThat(two.getObjectives()).containsExactly(Samples.en("o"), Samples.en("p"));
        assertThat(none).isEqualTo(Project.builder().id("p").title(Samples.en("P")).extensions(Map.of())
                .objectives(java.util.List.of()).build());
    }
}
