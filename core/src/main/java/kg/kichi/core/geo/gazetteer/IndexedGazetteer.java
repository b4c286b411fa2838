package kg.kichi.core.geo.gazetteer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kg.kichi.core.geo.AdministrativeUnit;
import kg.kichi.core.geo.Gazetteer;
import kg.kichi.core.geo.UnitLevel;
import kg.kichi.core.geo.UnitRef;
import kg.kichi.core.geo.UnknownUnitException;
import kg.kichi.core.geo.resolve.LevelWords;
import kg.kichi.core.geo.resolve.Resolution;
import kg.kichi.core.geo.resolve.Resolver;
import kg.kichi.core.internal.ViolationCollector;

/**
 * A {@link Gazetteer} over a fixed set of units, indexed once: units by every code, children by parent,
 * names by folded key. Immutable and thread-safe.
 */
final class IndexedGazetteer implements Gazetteer {
    private static final int MAX_DEPTH = 12;

    private final AdministrativeUnit[] units;
    private final Map<UnitRef, Integer> byRef;
    private final int[] parent;
    private final int[][] children;
    private final int country;
    private final Map<UnitLevel, List<AdministrativeUnit>> byLevel;
    private final Resolver resolver;

    IndexedGazetteer(Collection<AdministrativeUnit> all, LevelWords words) {
        this.units = all.toArray(new AdministrativeUnit[0]);
        ViolationCollector problems = new ViolationCollector("Gazetteer");
        this.byRef = new HashMap<>(units.length * 3);
        int root = -1;
        for (int i = 0; i < units.length; i++) {
            for (UnitRef code : units[i].getCodes()) {
                if (byRef.putIfAbsent(code, i) != null) {
                    problems.check(false, "units[" + i + "]", "kichi.geo.codeRepeated", Map.of("value", code.toString()));
                }
            }
            if (units[i].getLevel() == UnitLevel.COUNTRY) {
                problems.check(root < 0, "units[" + i + "]", "kichi.geo.countryRepeated",
                        Map.of("value", units[i].getRef().toString()));
                root = i;
            }
        }
        problems.check(root >= 0, "units", "kichi.geo.countryMissing", Map.of());
        this.country = root;
        this.parent = new int[units.length];
        List<List<Integer>> kids = new ArrayList<>(units.length);
        for (int i = 0; i < units.length; i++) {
            kids.add(new ArrayList<>(0));
        }
        for (int i = 0; i < units.length; i++) {
            Optional<UnitRef> p = units[i].getParent();
            Integer pi = p.map(byRef::get).orElse(null);
            parent[i] = pi == null ? -1 : pi;
            if (p.isPresent() && pi == null) {
                problems.check(false, "units[" + i + "].parent", "kichi.geo.unknownUnit",
                        Map.of("value", p.get().toString()));
            }
            if (pi != null) {
                kids.get(pi).add(i);
            }
        }
        for (int i = 0; i < units.length; i++) {
            int depth = 0;
            for (int p = parent[i]; p >= 0 && depth <= MAX_DEPTH; p = parent[p]) {
                depth++;
            }
            if (depth > MAX_DEPTH) {
                problems.check(false, "units[" + i + "].parent", "kichi.geo.cycle",
                        Map.of("value", units[i].getRef().toString()));
            }
        }
        problems.throwIfAny();
        this.children = new int[units.length][];
        for (int i = 0; i < units.length; i++) {
            children[i] = kids.get(i).stream().mapToInt(Integer::intValue).toArray();
        }
        Map<UnitLevel, List<AdministrativeUnit>> levels = new EnumMap<>(UnitLevel.class);
        for (UnitLevel level : UnitLevel.values()) {
            levels.put(level, new ArrayList<>());
        }
        for (AdministrativeUnit u : units) {
            levels.get(u.getLevel()).add(u);
        }
        levels.replaceAll((k, v) -> Collections.unmodifiableList(v));
        this.byLevel = levels;
        this.resolver = Resolver.of(List.of(units), words);
    }

    int indexOf(UnitRef ref) {
        Integer i = ref == null ? null : byRef.get(ref);
        if (i == null) {
            throw new UnknownUnitException(ref);
        }
        return i;
    }

    boolean isWithin(int unit, int ancestor) {
        for (int u = unit; u >= 0; u = parent[u]) {
            if (u == ancestor) {
                return true;
            }
        }
        return false;
    }

    @Override
    public AdministrativeUnit getCountry() {
        return units[country];
    }

    @Override
    public List<AdministrativeUnit> getUnits() {
        return List.of(units);
    }

    @Override
    public Optional<AdministrativeUnit> find(UnitRef ref) {
        Integer i = ref == null ? null : byRef.get(ref);
        return i == null ? Optional.empty() : Optional.of(units[i]);
    }

    @Override
    public List<AdministrativeUnit> getChildren(UnitRef ref) {
        int[] kids = children[indexOf(ref)];
        List<AdministrativeUnit> list = new ArrayList<>(kids.length);
        for (int k : kids) {
            list.add(units[k]);
        }
        return Collections.unmodifiableList(list);
    }

    @Override
    public Optional<AdministrativeUnit> getParent(UnitRef ref) {
        int p = parent[indexOf(ref)];
        return p < 0 ? Optional.empty() : Optional.of(units[p]);
    }

    @Override
    public List<AdministrativeUnit> getAncestors(UnitRef ref) {
        List<AdministrativeUnit> list = new ArrayList<>(4);
        for (int p = parent[indexOf(ref)]; p >= 0; p = parent[p]) {
            list.add(units[p]);
        }
        return Collections.unmodifiableList(list);
    }

    @Override
    public boolean isWithin(UnitRef unit, UnitRef ancestor) {
        return isWithin(indexOf(unit), indexOf(ancestor));
    }

    @Override
    public List<AdministrativeUnit> getUnitsAt(UnitLevel level) {
        return byLevel.get(level);
    }

    @Override
    public Resolution resolve(String text, UnitRef within, LocalDate asOf) {
        return resolver.resolve(text, within, asOf);
    }

    /** @return the number of units */
    @Override
    public String toString() {
        return "Gazetteer of " + units[country].getDisplayName() + " (" + units.length + " units)";
    }
}
