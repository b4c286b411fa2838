package kg.kichi.core;

import jakarta.validation.constraints.NotNull;
import java.util.Map;
import kg.kichi.core.internal.SkipNulls;

/**
 * An object that keeps members its format does not know, so that reading and writing it again loses nothing.
 *
 * <p>A lenient reader stores each unknown member of an object here, by name, as its JSON text; a writer writes
 * them back unchanged. The model itself never looks inside them.
 */
public interface Extensible {
    /** @return unknown members by name, each as the exact text of its value; empty when there were none */
    @SkipNulls
    Map<@NotNull(message = "{kichi.required}") String, @NotNull(message = "{kichi.required}") String> getExtensions();
}
