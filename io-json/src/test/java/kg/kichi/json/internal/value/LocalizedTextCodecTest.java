package kg.kichi.json.internal.value;

import static kg.kichi.json.internal.codec.CodecTesting.read;
import static kg.kichi.json.internal.codec.CodecTesting.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.LinkedHashMap;
import java.util.Map;
import kg.kichi.core.text.LocalizedText;
import kg.kichi.json.DocumentProblem;
import org.junit.jupiter.api.Test;

class LocalizedTextCodecTest {
    @Test
    void writesLanguagesSorted() {
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put("ru", "Нарын");
        texts.put("ky", "Өзгөн, «Ынтымак» ң ү");
        texts.put("en", "Naryn \"quoted\"\n");
        assertThat(write(LocalizedTextCodec.INSTANCE, LocalizedText.of(texts)))
                .isEqualTo("{\"en\":\"Naryn \\\"quoted\\\"\\n\",\"ky\":\"Өзгөн, «Ынтымак» ң ү\",\"ru\":\"Нарын\"}");
    }

    @Test
    void readsBackEqual() {
        LocalizedText text = LocalizedText.of("ky", "Ысык-Көл");
        assertThat(read(LocalizedTextCodec.INSTANCE, write(LocalizedTextCodec.INSTANCE, text)).value()).isEqualTo(text);
    }

    @Test
    void reportsEachLanguageAtItsPointer() {
        assertThat(read(LocalizedTextCodec.INSTANCE, "{\"en\": 5, \"ru\": \"ok\"}").problems())
                .extracting(DocumentProblem::getPointer, DocumentProblem::getCode)
                .containsExactly(tuple("/en", "kichi.json.type"));
        assertThat(read(LocalizedTextCodec.INSTANCE, "{\"en\": \" \", \"EN\": \"x\"}").problems())
                .extracting(DocumentProblem::getPointer, DocumentProblem::getCode)
                .containsExactlyInAnyOrder(tuple("/en", "kichi.text.blank"), tuple("/EN", "kichi.text.language"));
        assertThat(read(LocalizedTextCodec.INSTANCE, "{}").problems()).extracting(DocumentProblem::getCode)
                .containsExactly("kichi.text.empty");
    }
}
