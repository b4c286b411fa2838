package kg.kichi.json.internal.model;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kg.kichi.core.application.Application;
import kg.kichi.core.call.CallForProposals;
import kg.kichi.core.catalogue.Catalogue;
import kg.kichi.core.grant.Grant;
import kg.kichi.core.organisation.Organisation;
import kg.kichi.core.programme.DonorProgramme;
import kg.kichi.core.project.Project;
import kg.kichi.core.validation.InvalidModelException;
import kg.kichi.core.validation.Violation;
import kg.kichi.json.DocumentProblem;
import kg.kichi.json.internal.codec.Cursor;
import kg.kichi.json.internal.codec.Pointers;
import kg.kichi.json.stream.Section;

/**
 * Gathers the objects read from a document and builds the {@link Catalogue}, whose builder checks referential
 * integrity and unique ids. Its violations ({@code grants[3].partnership.members[0].organisation}) become problems
 * at JSON Pointers into the document ({@code /grants/5/partnership/members/0/organisation}: the index is the
 * object's index in the document, even when objects before it were skipped as invalid). References to objects
 * that were themselves invalid are not reported again, nor are required envelope members the envelope reported.
 */
public final class CatalogueAssembler {
    private final Cursor root;
    private final Map<Section, List<Object>> items = new EnumMap<>(Section.class);
    private final Map<Section, List<Integer>> indices = new EnumMap<>(Section.class);
    private final Map<Section, Set<String>> invalidIds = new EnumMap<>(Section.class);

    /** @param root a cursor on the document, for its pointer and problems */
    public CatalogueAssembler(Cursor root) {
        this.root = root;
        for (Section s : Section.values()) {
            items.put(s, new ArrayList<>());
            indices.put(s, new ArrayList<>());
            invalidIds.put(s, new HashSet<>());
        }
    }

    /**
     * Takes one element of a collection.
     *
     * @param section the collection
     * @param index the element's index in the document
     * @param value the object read, or {@code null} when it was invalid
     * @param id the element's {@code id} as a string, or {@code null}: remembered for an invalid object
     */
    public void add(Section section, int index, Object value, String id) {
        if (value != null) {
            items.get(section).add(value);
            indices.get(section).add(index);
        } else if (id != null) {
            invalidIds.get(section).add(id);
        }
    }

    /**
     * Builds the catalogue.
     *
     * @param envelope the envelope members read, which it sets on the catalogue's builder ({@link Envelope#setOn})
     * @return the catalogue, or {@code null} when it is invalid (its violations are reported)
     */
    @SuppressWarnings("unchecked")
    public Catalogue finish(Envelope envelope) {
        try {
            Catalogue.Builder builder = Catalogue.builder();
            envelope.setOn(builder);
            return builder.organisations((List<Organisation>) (List<?>) items.get(Section.ORGANISATIONS))
                    .programmes((List<DonorProgramme>) (List<?>) items.get(Section.PROGRAMMES))
                    .projects((List<Project>) (List<?>) items.get(Section.PROJECTS))
                    .calls((List<CallForProposals>) (List<?>) items.get(Section.CALLS))
                    .applications((List<Application>) (List<?>) items.get(Section.APPLICATIONS))
                    .grants((List<Grant>) (List<?>) items.get(Section.GRANTS))
                    .reviewers((List<kg.kichi.core.evaluation.Reviewer>) (List<?>) items.get(Section.REVIEWERS))
                    .reviews((List<kg.kichi.core.evaluation.Review>) (List<?>) items.get(Section.REVIEWS)).build();
        } catch (InvalidModelException e) {
            for (Violation v : e.getViolations()) {
                if (envelope.repeats(v) || isRepeat(v)) {
                    continue;
                }
                root.problems().add(DocumentProblem.of(Pointers.fromPropertyPath(root.pointer(), inDocument(v.getPath())),
                        v.getCode(), v.getArguments()));
            }
            return null;
        }
    }

    /** Whether a violation is about a reference to an object that was itself invalid, and already reported. */
    private boolean isRepeat(Violation v) {
        Object value = v.getArguments().get("value");
        Section target = Section.byKind(String.valueOf(v.getArguments().get("kind")));
        return v.getCode().equals("kichi.catalogue.unknownReference") && value != null && target != null
                && invalidIds.get(target).contains(String.valueOf(value));
    }

    private String inDocument(String path) {
        int open = path.indexOf('[');
        int close = path.indexOf(']');
        if (open < 0 || close < open) {
            return path;
        }
        Section section = Section.byMember(path.substring(0, open));
        if (section == null) {
            return path;
        }
        try {
            int built = Integer.parseInt(path.substring(open + 1, close));
            return path.substring(0, open + 1) + indices.get(section).get(built) + path.substring(close);
        } catch (NumberFormatException | IndexOutOfBoundsException e) {
            return path;
        }
    }
}
