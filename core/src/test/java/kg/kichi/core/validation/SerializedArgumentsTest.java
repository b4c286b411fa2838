package kg.kichi.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Month;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A serialized {@link InvalidModelException} keeps JDK values of its violations' arguments (strings, booleans,
 * enums, JDK numbers and dates) as they are and turns anything else into its text, so that reading it back needs
 * no class of the sender's.
 */
class SerializedArgumentsTest {
    /** A number that is not the JDK's: sent as its text. */
    static final class Tally extends Number {
        private static final long serialVersionUID = 1L;

        @Override public int intValue() { return 7; }
        @Override public long longValue() { return 7; }
        @Override public float floatValue() { return 7; }
        @Override public double doubleValue() { return 7; }
        @Override public String toString() { return "seven"; }
    }

    @Test
    void jdkValuesTravelAsTheyAreAndOthersAsText() throws Exception {
        Map<String, Object> arguments = new LinkedHashMap<>();
        arguments.put("text", "a");
        arguments.put("flag", Boolean.TRUE);
        arguments.put("month", Month.MAY);
        arguments.put("count", 3);
        arguments.put("amount", new BigDecimal("1.50"));
        arguments.put("date", LocalDate.of(2026, 5, 1));
        arguments.put("tally", new Tally());
        arguments.put("list", new String[] {"x", "y"});
        arguments.put("other", List.of("p", "q"));
        InvalidModelException thrown = new InvalidModelException("Thing",
                Violation.of("path", "kichi.required", arguments));

        InvalidModelException copy = roundTrip(thrown);

        assertThat(copy.getViolations()).singleElement().satisfies(v -> {
            assertThat(v.getPath()).isEqualTo("path");
            assertThat(v.getCode()).isEqualTo("kichi.required");
            Map<String, Object> read = v.getArguments();
            assertThat(read.get("text")).isEqualTo("a");
            assertThat(read.get("flag")).isEqualTo(Boolean.TRUE);
            assertThat(read.get("month")).isEqualTo(Month.MAY);
            assertThat(read.get("count")).isEqualTo(3);
            assertThat(read.get("amount")).isEqualTo(new BigDecimal("1.50"));
            assertThat(read.get("date")).isEqualTo(LocalDate.of(2026, 5, 1));
            assertThat(read.get("tally")).isEqualTo("seven");
            assertThat(read.get("list")).isEqualTo("[x, y]");
            assertThat(read.get("other")).isEqualTo("[p, q]");
        });
        assertThat(copy.getType()).isEqualTo("Thing");
    }

    private static InvalidModelException roundTrip(InvalidModelException e) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(e);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return (InvalidModelException) in.readObject();
        }
    }
}
