package kg.kichi.core.geo.resolve;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kg.kichi.core.geo.AdministrativeUnit;
import kg.kichi.core.geo.UnitLevel;
import kg.kichi.core.geo.UnitName;

/**
 * The names of a gazetteer's units by folded key, built once; resolves mentions with a few hash look-ups.
 * See {@link Resolver} for the ranking rules.
 */
final class NameIndex {
    /** One name of one unit under one key. */
    record Entry(int unit, UnitName name, MatchKind kind, int parts) {}

    private static final Entry[] NONE = {};

    final AdministrativeUnit[] units;
    final int[] parent;
    final boolean[] seat;
    private final Map<String, Entry[]> byKey;
    private final Map<String, Entry[]> bySkeleton;

    NameIndex(AdministrativeUnit[] units, int[] parent, LevelWords words) {
        this.units = units;
        this.parent = parent;
        Map<String, List<Entry>> keys = new HashMap<>(units.length * 8);
        Map<String, List<Entry>> skeletons = new HashMap<>(units.length * 4);
        List<Set<String>> keysOfUnit = new ArrayList<>(units.length);
        for (int i = 0; i < units.length; i++) {
            Set<String> own = new HashSet<>();
            for (UnitName name : units[i].getNames()) {
                Mention parsed = Mention.parse(name.getText(), words);
                String key = parsed.key;
                if (key.isEmpty()) {
                    continue;
                }
                MatchKind kind = name.getKind() == UnitName.Kind.NAME ? MatchKind.NAME
                        : name.getKind() == UnitName.Kind.ALIAS ? MatchKind.ALIAS : MatchKind.DERIVED;
                add(keys, key, new Entry(i, name, kind, parsed.parts));
                own.add(key);
                String stem = NameNormalizer.stem(key);
                if (!stem.equals(key)) {
                    add(keys, stem, new Entry(i, name, MatchKind.STEM, parsed.parts));
                    own.add(stem);
                }
                String skeleton = NameNormalizer.skeleton(key);
                if (skeleton.length() >= 3) {
                    add(skeletons, skeleton, new Entry(i, name, MatchKind.APPROXIMATE, parsed.parts));
                }
            }
            keysOfUnit.add(own);
        }
        this.byKey = freeze(keys);
        this.bySkeleton = freeze(skeletons);
        this.seat = new boolean[units.length];
        for (int i = 0; i < units.length; i++) {
            int p = parent[i];
            if (units[i].getLevel() == UnitLevel.VILLAGE && p >= 0 && units[p].getLevel() == UnitLevel.AIYL_AIMAK) {
                for (String k : keysOfUnit.get(i)) {
                    seat[i] |= keysOfUnit.get(p).contains(k);
                }
            }
        }
    }

    private static void add(Map<String, List<Entry>> map, String key, Entry entry) {
        List<Entry> list = map.computeIfAbsent(key, k -> new ArrayList<>(2));
        for (Entry e : list) {
            if (e.unit == entry.unit && e.kind.getScore() >= entry.kind.getScore()) {
                return;
            }
        }
        list.add(entry);
    }

    private static Map<String, Entry[]> freeze(Map<String, List<Entry>> map) {
        Map<String, Entry[]> frozen = new HashMap<>(map.size() * 2);
        map.forEach((k, v) -> frozen.put(k, v.toArray(NONE)));
        return frozen;
    }

    Entry[] exact(String key) {
        return byKey.getOrDefault(key, NONE);
    }

    Entry[] approximate(String key) {
        return bySkeleton.getOrDefault(NameNormalizer.skeleton(key), NONE);
    }

    /** @return the number of units above {@code unit} */
    int depth(int unit) {
        int d = 0;
        for (int u = parent[unit]; u >= 0; u = parent[u]) {
            d++;
        }
        return d;
    }

    boolean isWithin(int unit, int ancestor) {
        for (int u = unit; u >= 0; u = parent[u]) {
            if (u == ancestor) {
                return true;
            }
        }
        return false;
    }

    boolean usable(Entry e, LocalDate asOf) {
        return e.name.isValidOn(asOf) && units[e.unit].existsOn(asOf);
    }
}
