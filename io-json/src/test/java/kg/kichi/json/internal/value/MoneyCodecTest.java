package kg.kichi.json.internal.value;

import static kg.kichi.json.internal.codec.CodecTesting.read;
import static kg.kichi.json.internal.codec.CodecTesting.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import kg.kichi.core.money.Money;
import kg.kichi.json.DocumentProblem;
import org.junit.jupiter.api.Test;

class MoneyCodecTest {
    @Test
    void writesAmountPlainWithItsScale() {
        assertThat(write(MoneyCodec.INSTANCE, Money.of("1500000.00", "KGS")))
                .isEqualTo("{\"amount\":1500000.00,\"currency\":\"KGS\"}");
        assertThat(write(MoneyCodec.INSTANCE, Money.of(new BigDecimal("1E+2"), "USD")))
                .isEqualTo("{\"amount\":100,\"currency\":\"USD\"}");
    }

    @Test
    void readsAmountExactlyNeverThroughDouble() {
        Money money = read(MoneyCodec.INSTANCE, "{\"amount\": 0.10, \"currency\": \"USD\"}").value();
        assertThat(money).isEqualTo(Money.of("0.10", "USD"));
        Money big = read(MoneyCodec.INSTANCE, "{\"amount\": 9007199254740993.01, \"currency\": \"KGS\"}").value();
        assertThat(big.getAmount().toPlainString()).isEqualTo("9007199254740993.01");
    }

    @Test
    void reportsEveryProblemAtItsMember() {
        assertThat(read(MoneyCodec.INSTANCE, "{\"amount\": \"12\", \"rate\": 1}").problems())
                .extracting(DocumentProblem::getPointer, DocumentProblem::getCode)
                .containsExactly(tuple("/amount", "kichi.json.type"), tuple("/currency", "kichi.required"),
                        tuple("/rate", "kichi.json.unknownMember"));
        assertThat(read(MoneyCodec.INSTANCE, "{\"amount\": 1.001, \"currency\": \"KGS\"}").problems())
                .extracting(DocumentProblem::getPointer, DocumentProblem::getCode)
                .containsExactly(tuple("/amount", "kichi.money.scale"));
        assertThat(read(MoneyCodec.INSTANCE, "{\"amount\": 1, \"currency\": \"kgs\"}").problems())
                .extracting(DocumentProblem::getPointer, DocumentProblem::getCode)
                .containsExactly(tuple("/currency", "kichi.money.currency"));
        assertThat(read(MoneyCodec.INSTANCE, "12").problems()).extracting(DocumentProblem::getCode)
                .containsExactly("kichi.json.type");
    }
}
