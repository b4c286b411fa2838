package kg.kichi.benchmarks.json.pojo;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.List;
import java.util.Map;

/** A call for proposals; its constraints are checked only by the validated baseline. */
public class CallPojo {
    @NotNull
    @Pattern(regexp = Formats.ID)
    public String id;
    @NotNull
    @Pattern(regexp = Formats.ID)
    public String project;
    @NotEmpty
    public Map<@Pattern(regexp = Formats.LANGUAGE) String, @NotBlank String> title;
    @Pattern(regexp = Formats.PARTIAL_DATE)
    public String announced;
    @Pattern(regexp = Formats.PARTIAL_DATE)
    public String deadline;
    @Valid
    public ValuePojos.Period implementationPeriod;
    @Valid
    public ValuePojos.Money envelope;
    @Valid
    public ValuePojos.MoneyRange grantSize;
    @Valid
    public ValuePojos.MonthRange duration;
    public List<@NotNull @Pattern(regexp = Formats.LEGAL_FORM) String> eligibleLegalForms;
    public List<@NotNull @Pattern(regexp = Formats.LEGAL_FORM) String> requiredPartnerKinds;
    @Valid
    public ValuePojos.Coverage eligibleCoverage;
    @Positive
    public Integer plannedGrants;
    public List<@NotNull @Valid Lot> lots;
    @Valid
    public Results results;
    public List<ValuePojos.@NotNull @Valid Classification> themes;
    public Map<@Pattern(regexp = Formats.LANGUAGE) String, @NotBlank String> description;

    /** A lot. */
    public static class Lot {
        @NotNull
        @Pattern(regexp = Formats.ID)
        public String id;
        @NotEmpty
        public Map<@Pattern(regexp = Formats.LANGUAGE) String, @NotBlank String> title;
        @Positive
        public Integer plannedGrants;
        @Valid
        public ValuePojos.Money envelope;
        @Valid
        public ValuePojos.MoneyRange grantSize;
        public List<@NotNull @Pattern(regexp = Formats.LEGAL_FORM) String> eligibleLegalForms;
    }

    /** The results of a call. */
    public static class Results {
        @PositiveOrZero
        public Integer applicationsReceived;
        @PositiveOrZero
        public Integer applicationsSelected;
        @Pattern(regexp = Formats.PARTIAL_DATE)
        public String announcedOn;

        /** @return whether no more applications were selected than received */
        @AssertTrue
        public boolean isConsistent() {
            return applicationsReceived == null || applicationsSelected == null
                    || applicationsSelected <= applicationsReceived;
        }
    }
}
