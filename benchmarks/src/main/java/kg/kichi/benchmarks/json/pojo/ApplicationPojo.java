package kg.kichi.benchmarks.json.pojo;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import java.util.List;
import java.util.Map;

/** An application; its constraints are checked only by the validated baseline. */
public class ApplicationPojo {
    @NotNull
    @Pattern(regexp = Formats.ID)
    public String id;
    @NotNull
    @Pattern(regexp = Formats.ID)
    public String call;
    @Pattern(regexp = Formats.ID)
    public String lot;
    @NotNull
    @Valid
    public ValuePojos.Partnership partnership;
    @NotEmpty
    public Map<@Pattern(regexp = Formats.LANGUAGE) String, @NotBlank String> title;
    public Map<@Pattern(regexp = Formats.LANGUAGE) String, @NotBlank String> summary;
    @Valid
    public ValuePojos.Coverage coverage;
    @Valid
    public ValuePojos.Money requestedAmount;
    @Valid
    public ValuePojos.Money coFinancing;
    @Valid
    public ValuePojos.Period plannedPeriod;
    @Positive
    public Integer plannedDurationMonths;
    @Pattern(regexp = Formats.DATE_TIME)
    public String submittedAt;
    @NotEmpty
    public List<@NotNull @Valid StatusChange> statusHistory;

    /** A status change. */
    public static class StatusChange {
        @NotNull
        @Pattern(regexp = Formats.APPLICATION_STATUS)
        public String status;
        @Pattern(regexp = Formats.PARTIAL_DATE)
        public String on;
    }
}
