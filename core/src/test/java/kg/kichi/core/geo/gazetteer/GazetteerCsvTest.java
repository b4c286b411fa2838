package kg.kichi.core.geo.gazetteer;

import static kg.kichi.core.ModelAssertions.assertRejected;
import static kg.kichi.core.ModelAssertions.violation;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import kg.kichi.core.geo.Gazetteer;
import kg.kichi.core.geo.UnitRef;
import org.junit.jupiter.api.Test;

/** Bad gazetteer CSV gets a typed error naming the row; a byte order mark is not part of the header. */
class GazetteerCsvTest {
    private static final String HEADER = "level,code_iso,code_kichi,parent,name_en,dated_names,source\n";
    private static final String COUNTRY = "country,XL,,,Xland,,test\n";

    private static Gazetteer read(String csv) {
        return Gazetteers.readCsv(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void anEmptyFileHasNoCountry() {
        assertRejected(() -> read("")).containsExactly(violation("units", "kichi.geo.countryMissing"));
    }

    @Test
    void aDatedNameWithoutItsPeriodIsAPeriodFormatProblemOfItsRow() {
        String csv = HEADER + COUNTRY + "region,XL-N,,iso3166-1:XL,North,North,test\n";
        assertRejected(() -> read(csv)).containsExactly(violation("rows[2].dated_names", "kichi.period.format"));
    }

    @Test
    void aBadRowIsNamedByItsNumberTheHeaderBeingRowZero() {
        String csv = HEADER + COUNTRY + "\n" + "province,XL-N,,iso3166-1:XL,North,,test\n";
        assertRejected(() -> read(csv)).containsExactly(violation("rows[3]", "kichi.geo.level"));
    }

    @Test
    void aByteOrderMarkBeforeTheHeaderIsIgnored() {
        Gazetteer xl = read("\uFEFF" + HEADER + COUNTRY);
        assertThat(xl.getCountry().getRef()).isEqualTo(UnitRef.iso("XL"));
    }
}
