package kg.kichi.benchmarks.json.pojo;

import java.util.List;
import java.util.Map;

/** A grant, unvalidated. */
public class GrantPojo {
    public String id;
    public Map<String, String> title;
    public Map<String, String> description;
    public String call;
    public String lot;
    public String application;
    public String project;
    public ValuePojos.Partnership partnership;
    public ValuePojos.Money amountAwarded;
    public String awardDate;
    public ValuePojos.Period period;
    public ValuePojos.Coverage coverage;
    public String status;
    public List<ValuePojos.Target> targets;
    public List<ValuePojos.Classification> themes;
}
