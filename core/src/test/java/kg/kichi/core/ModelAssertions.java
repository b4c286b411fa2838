package kg.kichi.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.List;
import kg.kichi.core.validation.InvalidModelException;
import kg.kichi.core.validation.Violation;
import org.assertj.core.api.AbstractListAssert;
import org.assertj.core.api.ObjectAssert;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.assertj.core.groups.Tuple;

/** Assertions on the violations a builder or factory reports. */
public final class ModelAssertions {
    private ModelAssertions() {}

    /**
     * Runs code that must be rejected and returns its violations.
     *
     * @param rejected code that must throw {@link InvalidModelException}
     * @return every violation reported
     */
    public static List<Violation> violationsOf(ThrowingCallable rejected) {
        Throwable thrown = catchThrowable(rejected);
        assertThat(thrown).as("expected an InvalidModelException").isInstanceOf(InvalidModelException.class);
        return ((InvalidModelException) thrown).getViolations();
    }

    /**
     * Asserts on the (path, code) pairs of the violations of rejected code.
     *
     * @param rejected code that must throw {@link InvalidModelException}
     * @return an assertion over {@code tuple(path, code)}
     */
    public static AbstractListAssert<?, List<? extends Tuple>, Tuple, ObjectAssert<Tuple>> assertRejected(
            ThrowingCallable rejected) {
        return assertThat(violationsOf(rejected)).extracting(Violation::getPath, Violation::getCode);
    }

    /**
     * A (path, code) pair, for {@link #assertRejected}.
     *
     * @param path the property path
     * @param code the code
     * @return the pair
     */
    public static Tuple violation(String path, String code) {
        return Tuple.tuple(path, code);
    }
}
