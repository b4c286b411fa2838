package kg.kichi.benchmarks.json.pojo;

import java.util.List;
import java.util.Map;

/** A project, unvalidated. */
public class ProjectPojo {
    public String id;
    public Map<String, String> title;
    public String programme;
    public List<Participant> participants;
    public ValuePojos.Period period;
    public ValuePojos.Money budget;
    public ValuePojos.Coverage coverage;
    public List<Map<String, String>> objectives;
    public List<Activity> activities;
    public List<Map<String, String>> targetGroups;
    public List<ValuePojos.Classification> themes;
    public Map<String, String> description;

    /** A participation. */
    public static class Participant {
        public String organisation;
        public String role;
        public Boolean lead;
    }

    /** An activity. */
    public static class Activity {
        public Map<String, String> description;
        public List<ValuePojos.Target> targets;
    }
}
