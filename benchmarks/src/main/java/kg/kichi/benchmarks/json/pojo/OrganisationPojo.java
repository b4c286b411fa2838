package kg.kichi.benchmarks.json.pojo;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import java.util.Map;

/** An organisation; its constraints are checked only by the validated baseline. */
public class OrganisationPojo {
    @NotNull
    @Pattern(regexp = Formats.ORG_ID)
    public String id;
    @NotEmpty
    public Map<@Pattern(regexp = Formats.LANGUAGE) String, @NotBlank String> name;
    public List<@NotBlank String> acronyms;
    public List<@NotBlank String> aliases;
    @NotNull
    @Pattern(regexp = Formats.LEGAL_FORM)
    public String legalForm;
    @Pattern(regexp = Formats.UNIT)
    public String seat;
    public Boolean nonProfit;
}
