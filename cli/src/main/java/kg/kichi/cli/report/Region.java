package kg.kichi.cli.report;

import java.util.Objects;

/**
 * A first-level administrative unit as the report shows it.
 *
 * @param code its ISO 3166-2 code, e.g. {@code KG-N}
 * @param name its name, e.g. {@code Naryn Region}
 */
public record Region(String code, String name) {
    /**
     * Checks the parts.
     *
     * @param code the ISO 3166-2 code
     * @param name the name
     */
    public Region {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
    }
}
