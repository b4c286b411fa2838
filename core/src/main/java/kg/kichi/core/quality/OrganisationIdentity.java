package kg.kichi.core.quality;

import static kg.kichi.core.quality.Findings.args;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kg.kichi.core.organisation.Organisation;
import kg.kichi.core.organisation.OrganisationId;

/**
 * The identity checks of organisations: {@link QualityCheck#UNEXPECTED_ID_CHARACTERS} as each organisation
 * arrives, and across all documents at the end, {@link QualityCheck#ID_WITH_SEVERAL_NAMES} (one id, names that do
 * not match) and {@link QualityCheck#PROBABLY_SAME_ORGANISATION} (several ids, names that do). Names match when
 * their {@link OrganisationNames#key keys} are equal.
 *
 * <p>Keeps, for the whole analysis, one record per organisation per document: its id, document, JSON Pointer and
 * the keys of its names and aliases; not the organisation itself. Records of one id keep the order they arrived
 * in, and ids the order they were first seen, which is the order of the findings.
 */
final class OrganisationIdentity {
    private final Findings findings;
    private final Map<OrganisationId, List<OrganisationRecord>> organisations = new LinkedHashMap<>();

    OrganisationIdentity(Findings findings) {
        this.findings = findings;
    }

    /**
     * Checks an organisation's id and keeps its name keys for {@link #acrossDocuments()}.
     *
     * @param document the name of the document it is in
     * @param pointer its JSON Pointer, or {@code null}
     */
    void organisation(Organisation value, String document, String pointer) {
        OrganisationId id = value.getId();
        String idText = id.toString();
        if (OrganisationId.KG_INN.equals(id.getScheme()) || OrganisationId.KG_OKPO.equals(id.getScheme())) {
            int digits = OrganisationId.KG_INN.equals(id.getScheme()) ? 14 : 8;
            findings.looked(QualityCheck.UNEXPECTED_ID_CHARACTERS);
            if (!isDigits(id.getValue(), digits)) {
                findings.flag(QualityCheck.UNEXPECTED_ID_CHARACTERS, () -> Finding.of(
                        QualityCheck.UNEXPECTED_ID_CHARACTERS,
                        List.of(Subject.of("organisation", idText, "id", pointer, document)),
                        args("organisation", idText, "scheme", id.getScheme(), "digits", String.valueOf(digits))));
            }
        }
        List<NameKey> keys = new ArrayList<>();
        value.getName().asMap().forEach((language, text) -> keys.add(new NameKey("name/" + language, text)));
        for (int i = 0; i < value.getAliases().size(); i++) {
            keys.add(new NameKey("aliases/" + i, value.getAliases().get(i)));
        }
        organisations.computeIfAbsent(id, k -> new ArrayList<>()).add(new OrganisationRecord(id, document, pointer, keys));
    }

    /** The checks that compare every document's organisations: run once, when all documents have been read. */
    void acrossDocuments() {
        // one id, names that share no key
        for (List<OrganisationRecord> records : organisations.values()) {
            Set<String> docs = new HashSet<>();
            records.forEach(r -> docs.add(r.document));
            if (docs.size() < 2) {
                continue;
            }
            findings.looked(QualityCheck.ID_WITH_SEVERAL_NAMES);
            OrganisationRecord first = records.get(0);
            for (OrganisationRecord other : records.subList(1, records.size())) {
                if (!other.document.equals(first.document) && shareLanguage(first, other) && !shareKey(first, other)) {
                    findings.flag(QualityCheck.ID_WITH_SEVERAL_NAMES, () -> Finding.of(QualityCheck.ID_WITH_SEVERAL_NAMES,
                            List.of(first.subject("name"), other.subject("name")),
                            args("organisation", first.id.toString(), "document", first.document,
                                    "name", first.keys.get(0).text, "otherDocument", other.document,
                                    "otherName", other.keys.get(0).text)));
                    break;
                }
            }
        }
        // several ids, names that share a key: union the ids over each key
        Map<String, Set<OrganisationId>> idsByKey = new LinkedHashMap<>();
        for (List<OrganisationRecord> records : organisations.values()) {
            for (OrganisationRecord r : records) {
                for (NameKey k : r.keys) {
                    if (OrganisationNames.isDistinctive(k.key)) {
                        idsByKey.computeIfAbsent(k.key, x -> new LinkedHashSet<>()).add(r.id);
                    }
                }
            }
        }
        Map<OrganisationId, OrganisationId> parent = new HashMap<>();
        for (OrganisationId id : organisations.keySet()) {
            parent.put(id, id);
        }
        for (Set<OrganisationId> ids : idsByKey.values()) {
            OrganisationId head = null;
            for (OrganisationId id : ids) {
                if (head == null) {
                    head = root(parent, id);
                } else {
                    parent.put(root(parent, id), head);
                    head = root(parent, head);
                }
            }
        }
        Map<OrganisationId, List<OrganisationId>> groups = new LinkedHashMap<>();
        for (OrganisationId id : organisations.keySet()) {
            findings.looked(QualityCheck.PROBABLY_SAME_ORGANISATION);
            groups.computeIfAbsent(root(parent, id), x -> new ArrayList<>()).add(id);
        }
        for (List<OrganisationId> group : groups.values()) {
            if (group.size() < 2) {
                continue;
            }
            List<Subject> subjects = new ArrayList<>();
            List<String> evidence = new ArrayList<>();
            Set<String> keysShown = new LinkedHashSet<>();
            for (Map.Entry<String, Set<OrganisationId>> e : idsByKey.entrySet()) {
                if (e.getValue().size() > 1 && group.contains(e.getValue().iterator().next())) {
                    keysShown.add(e.getKey());
                }
            }
            for (OrganisationId id : group) {
                // the first record of the id with a shared name: not always its first record, as the names that
                // join it to the group may come from a later document only
                evidence:
                for (OrganisationRecord r : organisations.get(id)) {
                    for (NameKey k : r.keys) {
                        if (keysShown.contains(k.key)) {
                            subjects.add(r.subject(k.property));
                            evidence.add(id + " " + k.property.replace('/', '.') + " \u00ab" + k.text + "\u00bb \u2192 "
                                    + k.key);
                            break evidence;
                        }
                    }
                }
            }
            List<String> ids = group.stream().map(OrganisationId::toString).toList();
            findings.flagCounted(QualityCheck.PROBABLY_SAME_ORGANISATION, group.size(), () -> Finding.of(
                    QualityCheck.PROBABLY_SAME_ORGANISATION, subjects,
                    args("organisations", String.join(", ", ids), "evidence", String.join("; ", evidence))));
        }
    }

    /** The root of an id's set in the union-find over ids, compressing the path walked. */
    private static OrganisationId root(Map<OrganisationId, OrganisationId> parent, OrganisationId id) {
        OrganisationId r = id;
        while (!parent.get(r).equals(r)) {
            r = parent.get(r);
        }
        parent.put(id, r);
        return r;
    }

    /**
     * Whether two records name the organisation in a common language: only then can names that do not match
     * be told from a translation (Нарынский центр экономического развития and Нарын экономикалык өнүктүрүү
     * борбору are one name in ru and ky).
     */
    private static boolean shareLanguage(OrganisationRecord a, OrganisationRecord b) {
        for (NameKey x : a.keys) {
            for (NameKey y : b.keys) {
                if (x.property.startsWith("name/") && x.property.equals(y.property)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean shareKey(OrganisationRecord a, OrganisationRecord b) {
        for (NameKey x : a.keys) {
            for (NameKey y : b.keys) {
                if (!x.key.isEmpty() && x.key.equals(y.key)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isDigits(String s, int length) {
        if (s.length() != length) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /** A name or alias with where it stands in the organisation ({@code name/ky}, {@code aliases/0}) and its key. */
    private record NameKey(String property, String text, String key) {
        NameKey(String property, String text) {
            this(property, text, OrganisationNames.key(text));
        }
    }

    /** One organisation as one document describes it. */
    private record OrganisationRecord(OrganisationId id, String document, String pointer, List<NameKey> keys) {
        Subject subject(String property) {
            return Subject.of("organisation", id.toString(), property, pointer, document);
        }
    }
}
