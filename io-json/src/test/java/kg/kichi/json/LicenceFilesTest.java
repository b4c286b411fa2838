package kg.kichi.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The jar carries its licence and notice (META-INF/LICENSE, META-INF/NOTICE). */
class LicenceFilesTest {
    @Test
    void theJarCarriesTheApacheLicenceAndANotice() throws IOException {
        assertThat(Files.readString(Path.of("target/classes/META-INF/LICENSE")))
                .contains("Apache License", "Version 2.0, January 2004");
        assertThat(Files.readString(Path.of("target/classes/META-INF/NOTICE")))
                .contains("Kichi", "Apache License, Version 2.0");
    }
}
