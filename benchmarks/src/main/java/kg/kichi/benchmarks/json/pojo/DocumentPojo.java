package kg.kichi.benchmarks.json.pojo;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/** A whole document, unvalidated. */
public class DocumentPojo {
    @JsonProperty("$schema")
    public String schema;
    public String formatVersion;
    public String id;
    public Map<String, String> title;
    public Map<String, String> publisher;
    public List<OrganisationPojo> organisations;
    public List<ProgrammePojo> programmes;
    public List<ProjectPojo> projects;
    public List<CallPojo> calls;
    public List<ApplicationPojo> applications;
    public List<GrantPojo> grants;
}
