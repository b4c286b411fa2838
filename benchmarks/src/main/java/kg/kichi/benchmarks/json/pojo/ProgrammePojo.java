package kg.kichi.benchmarks.json.pojo;

import java.util.List;
import java.util.Map;

/** A donor programme, unvalidated. */
public class ProgrammePojo {
    public String id;
    public Map<String, String> name;
    public List<String> acronyms;
    public String donor;
    public String parent;
    public ValuePojos.Period period;
    public ValuePojos.Money budget;
    public List<ValuePojos.Classification> themes;
    public Map<String, String> description;
}
