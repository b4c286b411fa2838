package kg.kichi.benchmarks.json.pojo;

import java.util.List;
import java.util.Map;

/** An application, unvalidated. */
public class ApplicationPojo {
    public String id;
    public String call;
    public String lot;
    public ValuePojos.Partnership partnership;
    public Map<String, String> title;
    public Map<String, String> summary;
    public ValuePojos.Coverage coverage;
    public ValuePojos.Money requestedAmount;
    public ValuePojos.Money coFinancing;
    public ValuePojos.Period plannedPeriod;
    public Integer plannedDurationMonths;
    public String submittedAt;
    public List<StatusChange> statusHistory;

    /** A status change. */
    public static class StatusChange {
        public String status;
        public String on;
    }
}
