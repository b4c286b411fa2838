package kg.kichi.benchmarks.geo;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import kg.kichi.core.geo.Gazetteer;
import kg.kichi.core.geo.UnitRef;
import kg.kichi.core.geo.gazetteer.Gazetteers;
import kg.kichi.core.geo.resolve.MentionSplitter;
import kg.kichi.core.geo.resolve.NameNormalizer;
import kg.kichi.core.geo.resolve.Resolution;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Resolution throughput over every place mention of the five seeds (with the oblast heading each stands
 * under) and {@link #ADDRESSES} written as hierarchies (about one mention in seven of the mix), one resolution
 * per operation, cycling through the mentions. Target: 500,000 resolutions/s on one core. Baseline in the same
 * run: a {@code HashMap.get} of the pre-folded mention key. {@link #resolveAddress()} measures the addresses
 * alone.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class GeoResolutionBenchmark {
    /** Heading (ISO 3166-2 code or empty) and mention, as in the seeds. */
    static final String[][] MENTIONS = {
        {"", "Нарынской области"},
        {"KG-N", "Нарынского и Ат-Башинского районов"},
        {"", "Иссык-Кульской области"},
        {"KG-Y", "города Каракол"},
        {"", "Баткенской области"},
        {"", "Таласской области"},
        {"KG-T", "г.  Талас"},
        {"", "Бишкек, Чүй, Жалал-Абад жана Ысык-Көл облустары"},
        {"", "Бишкек, Ош шаарлары"},
        {"", "Талас облусу"},
        {"", "Ысык-Көл облусу"},
        {"KG-Y", "Каракол шаардык"},
        {"", "Жалал-Абад облусу"},
        {"", "Нарын облусу"},
        {"", "Нарын облусунун"},
        {"KG-N", "Ат-Башы району"},
        {"KG-N", "Ат-Башы районунун"},
        {"", "Баткен облусу"},
        {"KG-B", "Лейлек районунун"},
        {"", "Бишкек ш."},
        {"", "Кыргыз Республикасы"},
        {"", "Бонн"},
        {"", "8 городов Кыргызстана (Нарын, Каракол, Бишкек, Токмок, Джалал-Абад, Ош, Баткен, Талас)"},
        {"", "Кыргызстан"},
        {"", "Чүй облусу"},
        {"", "Чуйская область"},
        {"", "Chui region"},
        {"KG-C", "Токмок ш."},
        {"KG-C", "г. Токмок"},
        {"KG-C", "Tokmok c."},
        {"KG-C", "Курама АА"},
        {"KG-C", "Курама"},
        {"KG-C", "Kurama"},
        {"KG-C", "ЖАБ-1"},
        {"KG-C", "МТУ-1"},
        {"KG-C", "MTU-1"},
        {"KG-C", "Ленин а."},
        {"KG-C", "с. Ленинское"},
        {"KG-C", "Leninskoye v."},
        {"", "Ысык-Көл облусу"},
        {"", "Иссык-Кульская область"},
        {"", "Issyk-Kul region"},
        {"KG-Y", "Балыкчы ш."},
        {"KG-Y", "г. Балыкчы"},
        {"KG-Y", "Balykchy c."},
        {"KG-Y", "Түп"},
        {"KG-Y", "Тюп"},
        {"KG-Y", "Tyup"},
        {"KG-Y", "Түп айыл аймагынын"},
        {"", "Ош облусу"},
        {"", "Ошская область"},
        {"", "Osh region"},
        {"KG-O", "Ноокат ш."},
        {"KG-O", "г. Ноокат"},
        {"KG-O", "Nookat c."},
        {"KG-O", "Тепе-Коргон"},
        {"KG-O", "Tepe-Korgon"},
        {"KG-O", "Кара-Кулжа"},
        {"KG-O", "Kara-Kulzha"},
        {"KG-O", "Өзгөн ш."},
        {"KG-O", "г. Узген"},
        {"KG-O", "Uzgen c."},
        {"KG-O", "Ленин ЖӨБ"},
        {"KG-O", "Ленинское МСУ"},
        {"KG-O", "Leninsky LG"},
        {"", "Нарын облусу"},
        {"", "Нарынская область"},
        {"", "Naryn region"},
        {"KG-N", "Кочкор АА"},
        {"KG-N", "АО Кочкор"},
        {"KG-N", "Kochkor v."},
        {"KG-N", "Нарын ш."},
        {"KG-N", "г. Нарын"},
        {"KG-N", "Naryn c."},
        {"", "Жалал-Абад облусу"},
        {"", "Джалал-Абадская область"},
        {"", "Jalal-Abad region"},
        {"KG-J", "Таш-Көмүр ш."},
        {"KG-J", "г.Таш-Кумыр"},
        {"KG-J", "Tash-Kumyr city"},
        {"KG-J", "Терек-Сай"},
        {"KG-J", "А. Сүйөркулов айыл аймагы"},
        {"KG-J", "айыльном аймаке А. Суеркулов"},
        {"KG-J", "айыльный аймак А. Суеркулов"},
        {"KG-J", "A. Suerkulov village"},
        {"KG-J", "Майлуу-Суу ш."},
        {"KG-J", "г. Малы-Суу"},
        {"KG-J", "Malu-Suu city"},
        {"KG-J", "Жаңы-Жол айыл өкмөтү"},
        {"KG-J", "Жаны-Жолском айыл окмоту"},
        {"KG-J", "Жаны-Жолский айыл окмоту"},
        {"KG-J", "Jany-Jol village administration"},
        {"KG-J", "Каракөл ш."},
        {"KG-J", "г. Каракуль"},
        {"KG-J", "Karakul"},
        {"KG-J", "Каргалык АА"},
        {"KG-J", "Каргалыкский АО"},
        {"KG-J", "Kargalyk v."},
        {"", "Баткен облусу"},
        {"", "Баткенская область"},
        {"", "Batken region"},
        {"KG-B", "Лейлек району, Сумбула АА"},
        {"KG-B", "Лейлекский район, АО Сумбула"},
        {"KG-B", "Leilek district, Sumbula v."},
        {"KG-B", "Бирлик АА"},
        {"KG-B", "АО Бирлик"},
        {"KG-B", "Birlik territorial administration"},
        {"KG-B", "Суу-Башы айыл аймагы"},
        {"KG-B", "Суу-Башинском айылном округе"},
        {"KG-B", "Суу-Башинский айылный округ"},
        {"KG-B", "Suu-Bashy territorial administration"},
        {"", "Талас облусу"},
        {"", "Таласская область"},
        {"", "Talas region"},
        {"KG-T", "Покровка айыл аймагы"},
        {"KG-T", "Покровском айыльном аймаке"},
        {"KG-T", "Покровский айыльный аймак"},
        {"KG-T", "Pokrovsky village"},
        {"KG-T", "Талас"},
        {"KG-T", "Кара-Буура АА"},
        {"KG-T", "Кара-Бурунский АА"},
        {"KG-T", "Kara-Buura v."},
        {"KG-T", "Кызыл-Адыр айыл аймагы"},
        {"KG-T", "Кызыл-Адырского айыльного округа"},
        {"KG-T", "Kyzyl-Adyr village administration"}
    };

    /** Addresses of several parts, both orders, ru/ky/Latin, abbreviated or not, one contradictory. */
    static final String[] ADDRESSES = {
        "Нарынская область, Кочкорский район",
        "Нарынская обл., Кочкорский р-н, с. Кочкорка",
        "Кочкорский р-н, Нарынская обл.",
        "Ош облусу, Ноокат району, Кара-Таш а/а",
        "Кара-Таш а/а, Өзгөн району, Ош облусу",
        "Issyk-Kul oblast, Tyup district",
        "Tyup district, Issyk-Kul oblast",
        "Чуйская обл. г. Токмок",
        "Чуйская обл., Аламудунский р-н, с. Ленинское",
        "Баткен облусунун Лейлек районунун",
        "Жалал-Абадская обл., г. Кара-Куль",
        "г. Бишкек, Ленинский р-н",
        "Osh oblast, Nookat district, Kara-Tash a/a",
        "Кара-Ташский а/а (Ноокатский р-н)",
        "Нарынская обл./Кочкорский р-н",
        "Нарынская область, Ноокатский район",
        "Таласская обл., Манасский р-н, Покровский а/а",
        "Ысык-Көл облусу, Каракол шаары",
        "Чүй облусу, Сокулук району, Сокулук а/а",
        "Batken region, Leilek district, Sumbula v."
    };

    private Gazetteer gazetteer;
    private String[] addresses;
    private int nextAddress;
    private String[] texts;
    private UnitRef[] within;
    private String[] keys;
    private Map<String, Resolution> baseline;
    private int next;

    /** Loads the gazetteer, splits enumerations into single mentions and fills the baseline map. */
    @Setup
    public void setUp() {
        gazetteer = Gazetteers.kyrgyzstan();
        java.util.List<String> t = new java.util.ArrayList<>();
        java.util.List<UnitRef> w = new java.util.ArrayList<>();
        for (String[] m : MENTIONS) {
            for (String part : MentionSplitter.split(m[1])) {
                t.add(part);
                w.add(m[0].isEmpty() ? null : UnitRef.iso(m[0]));
            }
        }
        for (String address : ADDRESSES) {
            t.add(address);
            w.add(null);
        }
        addresses = ADDRESSES.clone();
        texts = t.toArray(new String[0]);
        within = w.toArray(new UnitRef[0]);
        keys = new String[texts.length];
        baseline = new HashMap<>();
        for (int i = 0; i < texts.length; i++) {
            keys[i] = NameNormalizer.fold(texts[i]);
            baseline.put(keys[i], gazetteer.resolve(texts[i], within[i]));
        }
    }

    private int nextIndex() {
        int i = next;
        next = i + 1 == texts.length ? 0 : i + 1;
        return i;
    }

    /** @return the resolution of the next seed mention */
    @Benchmark
    public Resolution resolve() {
        int i = nextIndex();
        return gazetteer.resolve(texts[i], within[i]);
    }

    /** @return the resolution of the next address of several parts */
    @Benchmark
    public Resolution resolveAddress() {
        int i = nextAddress;
        nextAddress = i + 1 == addresses.length ? 0 : i + 1;
        return gazetteer.resolve(addresses[i], null);
    }

    /** @return a pre-computed resolution looked up by pre-folded key: the floor for any resolver */
    @Benchmark
    public Resolution baselineHashMapGet() {
        return baseline.get(keys[nextIndex()]);
    }
}
