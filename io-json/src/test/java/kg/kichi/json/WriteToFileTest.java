package kg.kichi.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import kg.kichi.core.catalogue.Catalogue;
import kg.kichi.core.text.LocalizedText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link KichiJson#write(Catalogue, Path)} writes the same text as the other writers, ending with a newline. */
class WriteToFileTest {
    @Test
    void writesTheDocumentToAFileEndingWithANewline(@TempDir Path dir) throws Exception {
        Catalogue catalogue = Catalogue.builder().id("tiny").title(LocalizedText.of("en", "Tiny")).build();
        Path file = dir.resolve("tiny.json");
        Files.writeString(file, "old text that is longer than the document, to be replaced entirely");
        KichiJson.write(catalogue, file);
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(text).isEqualTo(KichiJson.writeString(catalogue)).endsWith("}\n").doesNotEndWith("}\n\n");
        assertThat(KichiJson.read(file, Mode.STRICT)).isEqualTo(catalogue);
    }
}
