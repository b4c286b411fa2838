package kg.kichi.core.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class LegalFormTest {
    @ParameterizedTest
    @EnumSource(LegalForm.class)
    void codeRoundTripsThroughFromCode(LegalForm form) {
        assertThat(form.getCode()).matches("[a-z]+(-[a-z]+)*");
        assertThat(LegalForm.fromCode(form.getCode())).contains(form);
    }

    @Test
    void codesAreUniqueAndUnknownCodesAreEmpty() {
        assertThat(Arrays.stream(LegalForm.values()).map(LegalForm::getCode)).doesNotHaveDuplicates();
        assertThat(LegalForm.fromCode("PUBLIC_ASSOCIATION")).isEmpty();
        assertThat(LegalForm.fromCode("")).isEmpty();
        assertThat(LegalForm.fromCode(null)).isEmpty();
    }

    @Test
    void ngoFormsAreTypicallyNonProfit() {
        assertThat(LegalForm.PUBLIC_ASSOCIATION.isTypicallyNonProfit()).isTrue();
        assertThat(LegalForm.PUBLIC_FOUNDATION.isTypicallyNonProfit()).isTrue();
        assertThat(LegalForm.MEDIA_OUTLET.isTypicallyNonProfit()).isFalse();
        assertThat(LegalForm.OTHER.isTypicallyNonProfit()).isFalse();
        assertThat(LegalForm.NOT_STATED.isTypicallyNonProfit()).isFalse();
    }

    @Test
    void notStatedIsItsOwnForm() {
        assertThat(LegalForm.fromCode("not-stated")).contains(LegalForm.NOT_STATED);
        assertThat(LegalForm.NOT_STATED).isNotEqualTo(LegalForm.OTHER);
    }
}
