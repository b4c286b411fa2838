package kg.kichi.core.geo.gazetteer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kg.kichi.core.geo.AdministrativeUnit;
import kg.kichi.core.geo.UnitLevel;
import kg.kichi.core.geo.UnitName;
import kg.kichi.core.geo.UnitRef;
import kg.kichi.core.time.DatePeriod;
import kg.kichi.core.validation.InvalidModelException;
import kg.kichi.core.validation.Violation;

/**
 * Reads the gazetteer CSV format (UTF-8, RFC 4180 quoting, a header row). Columns: {@code level},
 * {@code code_iso}, {@code code_soate}, optional {@code code_kichi}, {@code parent_soate} (or
 * {@code parent}, any {@code scheme:code}), {@code name_en}, {@code name_ru}, {@code name_ky},
 * {@code aliases} and {@code derived_aliases} ({@code |}-separated), {@code dated_names}
 * ({@code name@start/end|…}, the period in {@link DatePeriod#parse} form), {@code validity} (a
 * {@link DatePeriod#parse} period), {@code source}, {@code knowledge_check}, {@code unit_type}, {@code notes}.
 * A byte order mark before the header is ignored. A bad row is reported at {@code rows[r]}, {@code r} counting
 * records from the header's 0.
 */
final class GazetteerCsv {
    private GazetteerCsv() {}

    static List<AdministrativeUnit> read(InputStream in) {
        String text;
        try (in) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read gazetteer data", e);
        }
        List<List<String>> rows = parse(text.startsWith("\uFEFF") ? text.substring(1) : text);
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<String, Integer> col = new HashMap<>();
        List<String> header = rows.get(0);
        for (int i = 0; i < header.size(); i++) {
            col.put(header.get(i).strip(), i);
        }
        List<AdministrativeUnit> units = new ArrayList<>(rows.size());
        for (int r = 1; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            if (row.size() == 1 && row.get(0).isBlank()) {
                continue;
            }
            try {
                units.add(unit(row, col));
            } catch (InvalidModelException e) {
                String where = "rows[" + r + "]";
                throw new InvalidModelException(e.getType(),
                        e.getViolations().stream().map(v -> v.withPathPrefix(where)).toList());
            }
        }
        return units;
    }

    private static AdministrativeUnit unit(List<String> row, Map<String, Integer> col) {
        String iso = get(row, col, "code_iso");
        String soate = get(row, col, "code_soate");
        String kichi = get(row, col, "code_kichi");
        List<UnitRef> codes = new ArrayList<>(3);
        if (!iso.isEmpty()) {
            codes.add(UnitRef.iso(iso));
        }
        if (!soate.isEmpty()) {
            codes.add(UnitRef.soate(soate));
        }
        if (!kichi.isEmpty()) {
            codes.add(UnitRef.of(UnitRef.KICHI, kichi));
        }
        AdministrativeUnit.Builder b = AdministrativeUnit.builder(codes.isEmpty() ? null : codes.get(0),
                UnitLevel.parse(get(row, col, "level")));
        codes.stream().skip(1).forEach(b::code);
        String parentSoate = get(row, col, "parent_soate");
        String parent = get(row, col, "parent");
        if (!parentSoate.isEmpty()) {
            b.parent(UnitRef.soate(parentSoate));
        } else if (!parent.isEmpty()) {
            b.parent(UnitRef.parse(parent));
        }
        Map<String, DatePeriod> dated = new HashMap<>();
        for (String d : split(get(row, col, "dated_names"))) {
            int at = d.lastIndexOf('@');
            if (at < 0) {
                throw new InvalidModelException("AdministrativeUnit",
                        Violation.of("dated_names", "kichi.period.format", Map.of("value", d)));
            }
            dated.put(d.substring(0, at), DatePeriod.parse(d.substring(at + 1)));
        }
        for (String lang : new String[] {"ky", "ru", "en"}) {
            String name = get(row, col, "name_" + lang);
            if (!name.isEmpty()) {
                b.name(dated(UnitName.of(name, lang, UnitName.Kind.NAME, null), dated));
            }
        }
        for (String alias : split(get(row, col, "aliases"))) {
            b.name(dated(UnitName.of(alias, null, UnitName.Kind.ALIAS, null), dated));
        }
        for (String derived : split(get(row, col, "derived_aliases"))) {
            b.name(dated(UnitName.of(derived, "ru", UnitName.Kind.DERIVED, null), dated));
        }
        String validity = get(row, col, "validity");
        if (!validity.isEmpty()) {
            b.validity(DatePeriod.parse(validity));
        }
        b.source(get(row, col, "source"), get(row, col, "knowledge_check"));
        b.description(get(row, col, "unit_type"), get(row, col, "notes"));
        return b.build();
    }

    private static UnitName dated(UnitName name, Map<String, DatePeriod> dated) {
        DatePeriod period = dated.get(name.getText());
        return period == null ? name : name.withValidity(period);
    }

    private static String get(List<String> row, Map<String, Integer> col, String name) {
        Integer i = col.get(name);
        return i == null || i >= row.size() ? "" : row.get(i).strip();
    }

    private static List<String> split(String list) {
        List<String> out = new ArrayList<>();
        int start = 0;
        while (start <= list.length() && !list.isEmpty()) {
            int bar = list.indexOf('|', start);
            String part = (bar < 0 ? list.substring(start) : list.substring(start, bar)).strip();
            if (!part.isEmpty()) {
                out.add(part);
            }
            if (bar < 0) {
                break;
            }
            start = bar + 1;
        }
        return out;
    }

    /** RFC 4180: fields separated by commas, quoted with double quotes, "" for a quote inside quotes. */
    static List<List<String>> parse(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < n && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                    i++;
                }
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
            } else {
                field.append(c);
            }
        }
        if (field.length() > 0 || !row.isEmpty()) {
            row.add(field.toString());
            rows.add(row);
        }
        return rows;
    }
}
