package kg.kichi.core;

import static kg.kichi.core.testing.ModuleApi.exportedPackages;
import static kg.kichi.core.testing.ModuleApi.unnameableTypesInApi;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The public API of kichi-core is what its module exports, and nothing in it names a type a user cannot name
 * (a non-public type, or one of a package the module does not export).
 */
public class ModuleApiTest {
    /** The packages users may depend on, written out: a new one is a decision, not an accident. */
    static final Set<String> EXPORTED = Set.of(
            "kg.kichi.core",
            "kg.kichi.core.validation",
            "kg.kichi.core.text",
            "kg.kichi.core.money",
            "kg.kichi.core.time",
            "kg.kichi.core.classification",
            "kg.kichi.core.geo",
            "kg.kichi.core.geo.gazetteer",
            "kg.kichi.core.geo.resolve",
            "kg.kichi.core.organisation",
            "kg.kichi.core.programme",
            "kg.kichi.core.project",
            "kg.kichi.core.call",
            "kg.kichi.core.application",
            "kg.kichi.core.grant",
            "kg.kichi.core.catalogue",
            "kg.kichi.core.eligibility",
            "kg.kichi.core.evaluation",
            "kg.kichi.core.quality");

    @Test
    void theModuleExportsExactlyTheApiPackages() throws IOException {
        assertThat(exportedPackages(Path.of("target/classes"))).containsExactlyInAnyOrderElementsOf(EXPORTED);
    }

    @Test
    void everyExportedPackageHasItsPackageDocumentation() {
        assertThat(EXPORTED).allSatisfy(p -> assertThat(Path.of("src/main/java", p.replace('.', '/'), "package-info.java"))
                .as("package-info of %s", p).exists());
    }

    @Test
    void theApiNamesOnlyTypesUsersCanName() throws IOException {
        assertThat(unnameableTypesInApi(Path.of("target/classes"), "kg.kichi.", EXPORTED)).isEmpty();
    }
}
