package kg.kichi.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The jar declares every licence of what it bundles: META-INF/LICENSE, NOTICE and the POM agree. */
class LicenceFilesTest {
    private static final Path META_INF = Path.of("target/classes/META-INF");

    @Test
    void theJarCarriesTheApacheLicenceAndTheLgplText() throws IOException {
        assertThat(Files.readString(META_INF.resolve("LICENSE"))).contains("Apache License", "Version 2.0, January 2004");
        assertThat(Files.readString(META_INF.resolve("LICENSE-LGPL-2.1")))
                .contains("GNU LESSER GENERAL PUBLIC LICENSE", "Version 2.1, February 1999");
    }

    @Test
    void theNoticeNamesTheDataAndEachLicenceOfItsSources() throws IOException {
        assertThat(Files.readString(META_INF.resolve("NOTICE"))).contains(
                "kg/kichi/core/geo/gazetteer/kg/gazetteer.csv", "CC BY-SA 4.0", "LGPL-2.1", "CC BY 4.0",
                "no licence is stated");
        assertThat(Path.of("target/classes/kg/kichi/core/geo/gazetteer/kg/NOTICE")).exists();
    }

    @Test
    void thePomDeclaresTheSameLicences() throws IOException {
        assertThat(Files.readString(Path.of("pom.xml"))).contains(
                "<name>Apache-2.0</name>", "<name>CC-BY-SA-4.0</name>", "<name>LGPL-2.1</name>",
                "<name>CC-BY-4.0</name>");
    }
}
