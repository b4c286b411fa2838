package kg.kichi.benchmarks.json.pojo;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import java.util.Map;

/** A donor programme; its constraints are checked only by the validated baseline. */
public class ProgrammePojo {
    @NotNull
    @Pattern(regexp = Formats.ID)
    public String id;
    @NotEmpty
    public Map<@Pattern(regexp = Formats.LANGUAGE) String, @NotBlank String> name;
    public List<@NotBlank String> acronyms;
    @NotNull
    @Pattern(regexp = Formats.ORG_ID)
    public String donor;
    @Pattern(regexp = Formats.ID)
    public String parent;
    @Valid
    public ValuePojos.Period period;
    @Valid
    public ValuePojos.Money budget;
    public List<ValuePojos.@NotNull @Valid Classification> themes;
    public Map<@Pattern(regexp = Formats.LANGUAGE) String, @NotBlank String> description;
}
