package kg.kichi.benchmarks.json.pojo;

import java.util.List;
import java.util.Map;

/** An organisation, unvalidated. */
public class OrganisationPojo {
    public String id;
    public Map<String, String> name;
    public List<String> acronyms;
    public List<String> aliases;
    public String legalForm;
    public String seat;
    public Boolean nonProfit;
}
