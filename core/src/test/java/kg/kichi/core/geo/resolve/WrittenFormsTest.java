package kg.kichi.core.geo.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import kg.kichi.core.geo.AdministrativeUnit;
import kg.kichi.core.geo.Gazetteer;
import kg.kichi.core.geo.UnitRef;
import kg.kichi.core.geo.gazetteer.Gazetteers;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Place names as people write them in applications and registries: abbreviated level words, level words that
 * decide between namesakes, and addresses of several parts in both orders, in Russian, Kyrgyz and Latin
 * spelling. Each form is taken from the seeds or built from the gazetteer's own names; the unit it must
 * resolve to was chosen by hand, by reading the form, and is given by ISO 3166-2 or SOATE code.
 *
 * <p>{@code R:code}: resolved to that unit (for an address: its most specific unit, with every part placed
 * and the unit last in the chain). {@code A:code+code}: ambiguous, exactly these units tied at the top.
 *
 * <p>The traps: Каракуль/Кара-Көл (a city in Jalal-Abad oblast) is not Каракол (the city in Issyk-Kul
 * oblast), and Ленинское is a village in Chüy (two of them) and in Jalal-Abad, while Osh oblast has a
 * Ленинский aiyl aimak; two aiyl aimaks Кара-Таш lie in Osh oblast (Nookat and Uzgen districts).
 */
class WrittenFormsTest {
    private static final Gazetteer KG = Gazetteers.kyrgyzstan();

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '#', textBlock = """
            Кочкорский р-н                                          # R:41704235000000
            Кочкорский р-н.                                         # R:41704235000000
            Кочкорский р/н                                          # R:41704235000000
            Кочкорский рн                                           # R:41704235000000
            Тюпский р-н                                             # R:41702225000000
            Ноокатский р-н                                          # R:41706242000000
            Сокулукский р-н                                         # R:41708222000000
            Ак-Суйский р-н                                          # R:41702205000000
            Лейлекский р-н                                          # R:41705236000000
            Нарынская обл.                                          # R:KG-N
            Нарынская обл                                           # R:KG-N
            Ошская обл.                                             # R:KG-O
            Чуйская обл.                                            # R:KG-C
            Иссык-Кульская обл.                                     # R:KG-Y
            Жалал-Абадская обл.                                     # R:KG-J
            г. Ош                                                   # R:KG-GO
            г.Ош                                                    # R:KG-GO
            г Бишкек                                                # R:KG-GB
            г. Токмок                                               # R:41708400000010
            г. Каракол                                              # R:41702410000010
            г. Кара-Куль                                            # R:41703440000010
            г. Нарын                                                # R:41704400000010
            г. Талас                                                # R:41707400000010
            гор. Балыкчы                                            # R:41702420000010
            с. Кочкорка                                             # R:41704235816010
            с. Теплоключенка                                        # R:41702205848010
            с. Новопавловка                                         # R:41708222849010
            с Нариман                                               # R:41706226830010
            пос. Нариман                                            # R:41706226830010
            Кочкорский а/а                                          # R:41704235816000
            Сумбулинский а/а                                        # R:41705236836000
            Покровский а.о.                                         # R:41707225833000
            Покровский а/о                                          # R:41707225833000
            Тюпский а/а                                             # R:41702225889000
            Курама а/а                                              # R:41708219836000
            Теплоключенский а/а                                     # R:41702205848000
            Наримановский а/а                                       # R:41706226830000
            Сокулукский а/а                                         # R:41708222865000
            Кочкор району                                           # R:41704235000000
            Кочкор р-ну                                             # R:41704235000000
            Нарын облусу                                            # R:KG-N
            Ош облусу                                               # R:KG-O
            Ысык-Көл облусу                                         # R:KG-Y
            Чүй облусу                                              # R:KG-C
            Ош шаары                                                # R:KG-GO
            Ош ш.                                                   # R:KG-GO
            Бишкек ш.                                               # R:KG-GB
            Каракол шаары                                           # R:41702410000010
            Кара-Көл шаары                                          # R:41703440000010
            Нарын шаары                                             # R:41704400000010
            Кочкор айыл аймагы                                      # R:41704235816000
            Кочкор а/а                                              # R:41704235816000
            Кочкор АА                                               # R:41704235816000
            Сумбула ӨАА                                             # R:41705236836000
            Түп айыл аймагы                                         # R:41702225889000
            Кочкорка а.                                             # R:41704235816010
            Кочкорка айылы                                          # R:41704235816010
            Теплоключенка айылы                                     # R:41702205848010
            Kochkor district                                        # R:41704235000000
            Kochkor raion                                           # R:41704235000000
            Kochkor rayon                                           # R:41704235000000
            Kochkor dist.                                           # R:41704235000000
            Naryn oblast                                            # R:KG-N
            Naryn obl.                                              # R:KG-N
            Naryn region                                            # R:KG-N
            Osh city                                                # R:KG-GO
            Osh oblast                                              # R:KG-O
            Issyk-Kul oblast                                        # R:KG-Y
            Tyup district                                           # R:41702225000000
            Tüp district                                            # R:41702225000000
            Karakol city                                            # R:41702410000010
            Kara-Kul city                                           # R:41703440000010
            Kochkor aiyl aimak                                      # R:41704235816000
            Kochkor a/a                                             # R:41704235816000
            Kochkor AA                                              # R:41704235816000
            Bishkek city                                            # R:KG-GB
            Tokmok c.                                               # R:41708400000010
            Chui oblast                                             # R:KG-C
            Jalal-Abad oblast                                       # R:KG-J
            Batken obl.                                             # R:KG-B
            Leilek district                                         # R:41705236000000
            Кочкорский район                                        # R:41704235000000
            Кочкорский айылный аймак                                # R:41704235816000
            Тюп айыл аймагы                                         # R:41702225889000
            с. Тюп                                                  # R:41702225889010
            Нарын району                                            # R:41704245000000
            Нарын р-н                                               # R:41704245000000
            Талас району                                            # R:41707232000000
            Талас шаары                                             # R:41707400000010
            Баткен району                                           # R:41705214000000
            Баткен шаары                                            # R:41705410000010
            Нарынская область, Кочкорский район                     # R:41704235000000
            Нарынская обл., Кочкорский р-н                          # R:41704235000000
            Нарынская обл.; Кочкорский р-н                          # R:41704235000000
            Нарынская обл./Кочкорский р-н                           # R:41704235000000
            Нарынская обл. Кочкорский р-н                           # R:41704235000000
            Нарынская обл., Кочкорский р-н, с. Кочкорка             # R:41704235816010
            Ошская обл., Ноокатский р-н, Кара-Ташский а/а           # R:41706242812000
            Ошская обл., Узгенский р-н, Кара-Ташский а/а            # R:41706255830000
            Ошская обл., Кара-Суйский р-н, с. Нариман               # R:41706226830010
            Чуйская обл., г. Токмок                                 # R:41708400000010
            Чуйская обл. г. Токмок                                  # R:41708400000010
            Чуйская обл., Аламудунский р-н, с. Ленинское            # R:41708203834010
            Чуйская обл., Ысык-Атинский р-н, с. Ленинское           # R:41708206848020
            Джалал-Абадская обл., Сузакский р-н, с. Ленинское       # R:41703220846010
            Ошская обл., Алайский р-н, Ленинский а/а                # R:41706207830000
            Иссык-Кульская обл., Ак-Суйский р-н, с. Теплоключенка   # R:41702205848010
            Иссык-Кульская область, Тюпский район                   # R:41702225000000
            г. Бишкек, Ленинский р-н                                # R:41711201000000
            Жалал-Абадская обл., г. Кара-Куль                       # R:41703440000010
            Иссык-Кульская обл., г. Каракол                         # R:41702410000010
            Таласская обл., Манасский р-н, Покровский а/а           # R:41707225833000
            Баткенская обл., Лейлекский р-н, Сумбулинский а/а       # R:41705236836000
            Чуйская обл., Панфиловский р-н, Курама а/а              # R:41708219836000
            Ош облусу, Ноокат району, Кара-Таш а/а                  # R:41706242812000
            Нарын облусу, Кочкор району                             # R:41704235000000
            Нарын облусу Кочкор району                              # R:41704235000000
            Баткен облусунун Лейлек районунун                       # R:41705236000000
            Ысык-Көл облусу, Түп району                             # R:41702225000000
            Ысык-Көл облусу, Каракол шаары                          # R:41702410000010
            Жалал-Абад облусу, Кара-Көл шаары                       # R:41703440000010
            Чүй облусу, Сокулук району, Сокулук а/а                 # R:41708222865000
            Issyk-Kul oblast, Tyup district                         # R:41702225000000
            Naryn oblast, Kochkor district                          # R:41704235000000
            Osh oblast, Nookat district, Kara-Tash a/a              # R:41706242812000
            Chui oblast, Tokmok city                                # R:41708400000010
            Batken region, Leilek district, Sumbula v.              # R:41705236836000
            Кочкорский р-н, Нарынская обл.                          # R:41704235000000
            с. Кочкорка, Кочкорский р-н, Нарынская обл.             # R:41704235816010
            Кара-Таш а/а, Ноокат району, Ош облусу                  # R:41706242812000
            Кара-Таш а/а, Өзгөн району, Ош облусу                   # R:41706255830000
            Tyup district, Issyk-Kul oblast                         # R:41702225000000
            Кара-Ташский а/а (Ноокатский р-н)                       # R:41706242812000
            с. Ленинское (Ысык-Атинский р-н)                        # R:41708206848020
            Ленинский р-н, г. Бишкек                                # R:41711201000000
            Каракуль, Жалал-Абадская обл.                           # R:41703440000010
            Кара-Көл шаары, Жалал-Абад облусу                       # R:41703440000010
            Каракол, Иссык-Кульская обл.                            # A:41702410000010+41702205813010+41702210815020
            """)
    void resolves(String mention, String expected) {
        Resolution r = KG.resolve(mention);
        List<AdministrativeUnit> units = new ArrayList<>();
        for (String code : expected.substring(2).split("\\+")) {
            units.add(KG.get(code.startsWith("KG") ? UnitRef.iso(code) : UnitRef.soate(code)));
        }
        if (expected.startsWith("R:")) {
            assertThat(r.getStatus()).as("%s", r).isEqualTo(ResolutionStatus.RESOLVED);
            assertThat(r.getUnit()).as("%s", r).contains(units.get(0));
            assertThat(r.getParts()).as("%s", r).allMatch(AddressPart::isPlaced);
            assertThat(r.getChain()).as("%s", r).last().isEqualTo(units.get(0));
        } else {
            assertThat(r.getStatus()).as("%s", r).isEqualTo(ResolutionStatus.AMBIGUOUS);
            int top = r.getCandidates().get(0).getScore();
            assertThat(r.getCandidates().stream().filter(c -> top - c.getScore() < Resolution.MARGIN)
                    .map(Candidate::getUnit)).as("%s", r).containsExactlyInAnyOrderElementsOf(units);
        }
    }
}
