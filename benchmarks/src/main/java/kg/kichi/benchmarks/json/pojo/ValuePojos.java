package kg.kichi.benchmarks.json.pojo;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** The small values of the format, unvalidated. */
public final class ValuePojos {
    private ValuePojos() {
    }

    /** Money: an exact amount (BigDecimal, as the codec reads it) and a currency code. */
    public static class Money {
        public BigDecimal amount;
        public String currency;
    }

    /** A period of partial dates. */
    public static class Period {
        public String start;
        public String end;
    }

    /** A money range. */
    public static class MoneyRange {
        public Money min;
        public Money max;
    }

    /** A month range. */
    public static class MonthRange {
        public Integer min;
        public Integer max;
    }

    /** A classification. */
    public static class Classification {
        public String vocabulary;
        public String code;
        public Map<String, String> label;
    }

    /** A coverage. */
    public static class Coverage {
        public String kind;
        public String country;
        public List<UnitShare> units;
    }

    /** A unit with its share. */
    public static class UnitShare {
        public String unit;
        public BigDecimal percent;
    }

    /** A stated target. */
    public static class Target {
        public long quantity;
        public Map<String, String> what;
        public Boolean approximate;
        public Map<String, String> statedAs;
    }

    /** A partnership. */
    public static class Partnership {
        public List<Member> members;
    }

    /** A member of a partnership. */
    public static class Member {
        public String organisation;
        public String role;
        public Map<String, String> note;
    }
}
