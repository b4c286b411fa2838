package kg.kichi.core.geo.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import kg.kichi.core.geo.AdministrativeUnit;
import kg.kichi.core.geo.UnitName;
import kg.kichi.core.geo.UnitRef;
import org.junit.jupiter.api.Test;

/** RFC 4180 records as the gazetteer reader splits them, and its lists and columns; every record written by hand. */
class CsvRecordsTest {
    @Test
    void quotedFieldsKeepCommasLineBreaksAndDoubledQuotes() {
        assertThat(GazetteerCsv.parse("a,\"b,c\",\"say \"\"hi\"\"\"\n\"x\ny\",z\n")).containsExactly(
                List.of("a", "b,c", "say \"hi\""), List.of("x\ny", "z"));
        // a doubled quote at the very end of the text: the quote closes, nothing is left to double it
        assertThat(GazetteerCsv.parse("\"a\"")).containsExactly(List.of("a"));
        assertThat(GazetteerCsv.parse("\"a\"\"\"")).containsExactly(List.of("a\""));
    }

    @Test
    void recordsEndAtLfCrLfOrCrAndTheLastNeedsNoLineBreak() {
        assertThat(GazetteerCsv.parse("a,b\r\nc,d\re,f\ng,h")).containsExactly(List.of("a", "b"), List.of("c", "d"),
                List.of("e", "f"), List.of("g", "h"));
        assertThat(GazetteerCsv.parse("a,\n")).containsExactly(List.of("a", ""));
        assertThat(GazetteerCsv.parse("a,")).containsExactly(List.of("a", ""));
        assertThat(GazetteerCsv.parse("\n")).containsExactly(List.of(""));
        assertThat(GazetteerCsv.parse("")).isEmpty();
        assertThat(GazetteerCsv.parse("x")).containsExactly(List.of("x"));
        assertThat(GazetteerCsv.parse("a\r")).containsExactly(List.of("a"));
    }

    @Test
    void aliasListsSkipEmptyEntriesAndShortRowsLeaveColumnsEmpty() {
        String csv = "level,code_iso,code_soate,parent,name_ru,aliases,derived_aliases,validity\n"
                + "country,XL,,,Иксландия\n"
                + "region,XL-N,,iso3166-1:XL,Северная,\" Nord | |North|\",Северн|Сев,1990/..\n";
        List<AdministrativeUnit> units = GazetteerCsv.read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));
        assertThat(units).hasSize(2);
        assertThat(units.get(0).getNames()).containsExactly(UnitName.name("Иксландия", "ru"));
        assertThat(units.get(0).getValidity()).isEmpty();
        AdministrativeUnit north = units.get(1);
        assertThat(north.getRef()).isEqualTo(UnitRef.iso("XL-N"));
        assertThat(north.getNames()).extracting(UnitName::getText)
                .containsExactly("Северная", "Nord", "North", "Северн", "Сев");
        assertThat(north.getNames()).extracting(UnitName::getKind).containsExactly(UnitName.Kind.NAME,
                UnitName.Kind.ALIAS, UnitName.Kind.ALIAS, UnitName.Kind.DERIVED, UnitName.Kind.DERIVED);
        assertThat(north.getValidity().orElseThrow()).hasToString("1990/..");
    }
}
