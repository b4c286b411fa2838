package kg.kichi.benchmarks.json.pojo;

import java.util.List;
import java.util.Map;

/** A call for proposals, unvalidated. */
public class CallPojo {
    public String id;
    public String project;
    public Map<String, String> title;
    public String announced;
    public String deadline;
    public ValuePojos.Period implementationPeriod;
    public ValuePojos.Money envelope;
    public ValuePojos.MoneyRange grantSize;
    public ValuePojos.MonthRange duration;
    public List<String> eligibleLegalForms;
    public List<String> requiredPartnerKinds;
    public ValuePojos.Coverage eligibleCoverage;
    public Integer plannedGrants;
    public List<Lot> lots;
    public Results results;
    public List<ValuePojos.Classification> themes;
    public Map<String, String> description;

    /** A lot. */
    public static class Lot {
        public String id;
        public Map<String, String> title;
        public Integer plannedGrants;
        public ValuePojos.Money envelope;
        public ValuePojos.MoneyRange grantSize;
        public List<String> eligibleLegalForms;
    }

    /** The results of a call. */
    public static class Results {
        public Integer applicationsReceived;
        public Integer applicationsSelected;
        public String announcedOn;
    }
}
