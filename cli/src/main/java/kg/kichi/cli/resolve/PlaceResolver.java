package kg.kichi.cli.resolve;

import java.util.Optional;

/** Resolves place names (in Kyrgyz, Russian or English) to administrative units. */
@FunctionalInterface
public interface PlaceResolver {
    /**
     * Resolves a name.
     *
     * @param text the name as written, e.g. {@code Нарын}
     * @param within the code of a unit to search in ({@code KG-N} or {@code iso3166-2:KG-N}), or empty
     * @return the candidates or the reason there are none
     * @throws IllegalArgumentException if {@code within} names no known unit
     */
    Resolution resolve(String text, Optional<String> within);
}
