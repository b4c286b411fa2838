package kg.kichi.json.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import kg.kichi.core.text.LocalizedText;
import org.junit.jupiter.api.Test;

/** {@link Section}'s lookups by reference kind and by member name; {@link DocumentSummary} as a value. */
class SectionAndSummaryTest {
    @Test
    void aSectionIsFoundByTheKindOfAReference() {
        assertThat(Section.byKind("organisation")).isEqualTo(Section.ORGANISATIONS);
        assertThat(Section.byKind("programme")).isEqualTo(Section.PROGRAMMES);
        assertThat(Section.byKind("reviewer")).isEqualTo(Section.REVIEWERS);
        assertThat(Section.byKind("grants")).isNull();
        assertThat(Section.byKind("lot")).isNull();
    }

    @Test
    void aSectionIsFoundByItsMemberName() {
        assertThat(Section.byMember("calls")).isEqualTo(Section.CALLS);
        assertThat(Section.byMember("reviews")).isEqualTo(Section.REVIEWS);
        assertThat(Section.byMember("call")).isNull();
        assertThat(Section.byMember("title")).isNull();
        assertThat(Section.GRANTS.member()).isEqualTo("grants");
    }

    @Test
    void aSummaryCopiesItsMapsAndRefusesNullNamingIt() {
        Map<String, String> extensions = new HashMap<>(Map.of("x-a", "1"));
        Map<String, Long> counts = new HashMap<>(Map.of("grants", 2L));
        LocalizedText title = LocalizedText.of("en", "T");
        DocumentSummary summary = DocumentSummary.of("d", title, null, extensions, counts);
        extensions.put("x-b", "2");
        counts.put("calls", 1L);
        assertThat(summary.getId()).isEqualTo("d");
        assertThat(summary.getTitle()).contains(title);
        assertThat(summary.getPublisher()).isEmpty();
        assertThat(summary.getReportingPeriod()).isEmpty();
        assertThat(summary.getExtensions()).containsExactly(Map.entry("x-a", "1"));
        assertThat(summary.getCounts()).containsExactly(Map.entry("grants", 2L));
        assertThatThrownBy(() -> summary.getCounts().put("calls", 1L))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> summary.getExtensions().put("x-b", "2"))
                .isInstanceOf(UnsupportedOperationException.class);

        assertThatThrownBy(() -> DocumentSummary.of(null, null, null, Map.of(), Map.of()))
                .isInstanceOf(NullPointerException.class).hasMessage("id");
        assertThatThrownBy(() -> DocumentSummary.of("d", null, null, null, Map.of()))
                .isInstanceOf(NullPointerException.class).hasMessage("extensions");
        assertThatThrownBy(() -> DocumentSummary.of("d", null, null, Map.of(), null))
                .isInstanceOf(NullPointerException.class).hasMessage("counts");
    }
}
