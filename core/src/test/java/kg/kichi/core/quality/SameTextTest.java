package kg.kichi.core.quality;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SameTextTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Clean water for Ak-Tal|clean WATER for ak-tal|true",
        "'  Clean  water '|'clean water'|true",
        "Clean water|Cleanwater|false",
        "Clean water|Clean water.|false",
        "Чистая вода|ЧИСТАЯ   ВОДА|true",
        "Чистая вода|Чистая вода для школы|false",
        "''|'   '|true",
        "a|''|false"})
    void comparesIgnoringCaseAndRunsOfSpaces(String a, String b, boolean same) {
        assertThat(GrantChecks.sameText(a, b)).isEqualTo(same);
        assertThat(GrantChecks.sameText(b, a)).isEqualTo(same);
    }
}
