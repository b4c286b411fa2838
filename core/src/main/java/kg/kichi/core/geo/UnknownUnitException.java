package kg.kichi.core.geo;

import java.util.Map;
import kg.kichi.core.validation.InvalidModelException;
import kg.kichi.core.validation.Violation;

/** Thrown when a {@link UnitRef} names no unit of the gazetteer asked; code {@code kichi.geo.unknownUnit}. */
public class UnknownUnitException extends InvalidModelException {
    private static final long serialVersionUID = 1L;

    private final String ref;

    /** @param ref the code no unit has (null is reported as such) */
    public UnknownUnitException(UnitRef ref) {
        super("Gazetteer", Violation.of("", "kichi.geo.unknownUnit", Map.of("value", String.valueOf(ref))));
        this.ref = String.valueOf(ref);
    }

    /** @return the unknown code, as {@code scheme:code} */
    public String getRef() {
        return ref;
    }
}
