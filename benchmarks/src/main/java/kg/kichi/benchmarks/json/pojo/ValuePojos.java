package kg.kichi.benchmarks.json.pojo;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** The small values of the format; their constraints are checked only by the validated baseline. */
public final class ValuePojos {
    private ValuePojos() {
    }

    /** Money: an exact amount (BigDecimal, as the codec reads it) and a currency code. */
    public static class Money {
        @NotNull
        @PositiveOrZero
        public BigDecimal amount;
        @NotNull
        @Pattern(regexp = Formats.CURRENCY)
        public String currency;
    }

    /** A period of partial dates. */
    public static class Period {
        @Pattern(regexp = Formats.PARTIAL_DATE)
        public String start;
        @Pattern(regexp = Formats.PARTIAL_DATE)
        public String end;

        /** @return whether the period does not end before it starts (ISO dates of one length sort as text) */
        @AssertTrue
        public boolean isOrdered() {
            return start == null || end == null || start.length() != end.length() || start.compareTo(end) <= 0;
        }
    }

    /** A money range. */
    public static class MoneyRange {
        @Valid
        public Money min;
        @Valid
        public Money max;
    }

    /** A month range. */
    public static class MonthRange {
        @Positive
        public Integer min;
        @Positive
        public Integer max;
    }

    /** A classification. */
    public static class Classification {
        @NotNull
        @Pattern(regexp = Formats.CODE)
        public String vocabulary;
        @NotNull
        @Pattern(regexp = Formats.CODE)
        public String code;
        public Map<@Pattern(regexp = Formats.LANGUAGE) String, @NotBlank String> label;
    }

    /** A coverage. */
    public static class Coverage {
        @NotNull
        @Pattern(regexp = Formats.COVERAGE_KIND)
        public String kind;
        @Pattern(regexp = "[A-Z]{2}")
        public String country;
        public List<@NotNull @Valid UnitShare> units;
    }

    /** A unit with its share. */
    public static class UnitShare {
        @NotNull
        @Pattern(regexp = Formats.UNIT)
        public String unit;
        @DecimalMin(value = "0", inclusive = false)
        @DecimalMax("100")
        public BigDecimal percent;
    }

    /** A stated target. */
    public static class Target {
        @PositiveOrZero
        public long quantity;
        @NotEmpty
        public Map<@Pattern(regexp = Formats.LANGUAGE) String, @NotBlank String> what;
        public Boolean approximate;
        public Map<@Pattern(regexp = Formats.LANGUAGE) String, @NotBlank String> statedAs;
    }

    /** A partnership. */
    public static class Partnership {
        @NotEmpty
        public List<@NotNull @Valid Member> members;

        /** @return whether exactly one member is the lead */
        @AssertTrue
        public boolean isLedByOne() {
            return members == null || members.stream().filter(m -> "lead".equals(m.role)).count() == 1;
        }
    }

    /** A member of a partnership. */
    public static class Member {
        @NotNull
        @Pattern(regexp = Formats.ORG_ID)
        public String organisation;
        @NotNull
        @Pattern(regexp = Formats.PARTNER_ROLE)
        public String role;
        public Map<@Pattern(regexp = Formats.LANGUAGE) String, @NotBlank String> note;
    }
}
