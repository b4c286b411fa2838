package kg.kichi.benchmarks.json.pojo;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import java.util.Map;

/** A project; its constraints are checked only by the validated baseline. */
public class ProjectPojo {
    @NotNull
    @Pattern(regexp = Formats.ID)
    public String id;
    @NotEmpty
    public Map<@Pattern(regexp = Formats.LANGUAGE) String, @NotBlank String> title;
    @Pattern(regexp = Formats.ID)
    public String programme;
    public List<@NotNull @Valid Participant> participants;
    @Valid
    public ValuePojos.Period period;
    @Valid
    public ValuePojos.Money budget;
    @Valid
    public ValuePojos.Coverage coverage;
    public List<@NotEmpty Map<@Pattern(regexp = Formats.LANGUAGE) String, @NotBlank String>> objectives;
    public List<@NotNull @Valid Activity> activities;
    public List<@NotEmpty Map<@Pattern(regexp = Formats.LANGUAGE) String, @NotBlank String>> targetGroups;
    public List<ValuePojos.@NotNull @Valid Classification> themes;
    public Map<@Pattern(regexp = Formats.LANGUAGE) String, @NotBlank String> description;

    /** A participation. */
    public static class Participant {
        @NotNull
        @Pattern(regexp = Formats.ORG_ID)
        public String organisation;
        @NotNull
        @Pattern(regexp = Formats.PARTICIPATION_ROLE)
        public String role;
        public Boolean lead;
    }

    /** An activity. */
    public static class Activity {
        @NotEmpty
        public Map<@Pattern(regexp = Formats.LANGUAGE) String, @NotBlank String> description;
        public List<ValuePojos.@NotNull @Valid Target> targets;
    }
}
