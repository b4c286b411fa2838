package kg.kichi.benchmarks.json.pojo;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import java.util.Map;

/** A grant; its constraints are checked only by the validated baseline. */
public class GrantPojo {
    @NotNull
    @Pattern(regexp = Formats.ID)
    public String id;
    @NotEmpty
    public Map<@Pattern(regexp = Formats.LANGUAGE) String, @NotBlank String> title;
    public Map<@Pattern(regexp = Formats.LANGUAGE) String, @NotBlank String> description;
    @Pattern(regexp = Formats.ID)
    public String call;
    @Pattern(regexp = Formats.ID)
    public String lot;
    @Pattern(regexp = Formats.ID)
    public String application;
    @Pattern(regexp = Formats.ID)
    public String project;
    @NotNull
    @Valid
    public ValuePojos.Partnership partnership;
    @Valid
    public ValuePojos.Money amountAwarded;
    @Pattern(regexp = Formats.PARTIAL_DATE)
    public String awardDate;
    @Valid
    public ValuePojos.Period period;
    @Valid
    public ValuePojos.Coverage coverage;
    @Pattern(regexp = Formats.GRANT_STATUS)
    public String status;
    public List<ValuePojos.@NotNull @Valid Target> targets;
    public List<ValuePojos.@NotNull @Valid Classification> themes;

    /** @return whether a grant says where it comes from: a call or a project */
    @AssertTrue
    public boolean isSourced() {
        return call != null || project != null;
    }
}
