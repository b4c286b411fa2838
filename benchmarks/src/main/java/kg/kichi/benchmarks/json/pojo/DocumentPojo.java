package kg.kichi.benchmarks.json.pojo;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/** A whole document; its constraints are checked only by the validated baseline. */
public class DocumentPojo {
    @JsonProperty("$schema")
    public String schema;
    @NotNull
    @Pattern(regexp = "1\\.[0-9]+")
    public String formatVersion;
    @NotNull
    @Pattern(regexp = Formats.ID)
    public String id;
    public Map<@Pattern(regexp = Formats.LANGUAGE) String, @NotBlank String> title;
    public Map<@Pattern(regexp = Formats.LANGUAGE) String, @NotBlank String> publisher;
    public List<@NotNull @Valid OrganisationPojo> organisations;
    public List<@NotNull @Valid ProgrammePojo> programmes;
    public List<@NotNull @Valid ProjectPojo> projects;
    public List<@NotNull @Valid CallPojo> calls;
    public List<@NotNull @Valid ApplicationPojo> applications;
    public List<@NotNull @Valid GrantPojo> grants;
}
