package kg.kichi.core.catalogue;

import jakarta.validation.ConstraintValidatorContext;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kg.kichi.core.application.Application;
import kg.kichi.core.call.CallForProposals;
import kg.kichi.core.evaluation.Criterion;
import kg.kichi.core.evaluation.EvaluationGrid;
import kg.kichi.core.evaluation.Review;
import kg.kichi.core.evaluation.Score;
import kg.kichi.core.evaluation.Stage;
import kg.kichi.core.internal.CatalogueCollection;
import kg.kichi.core.internal.Constraints;
import kg.kichi.core.internal.Reference;
import kg.kichi.core.programme.DonorProgramme;

/**
 * Checks a catalogue's identifiers and references: every duplicate identifier in a collection
 * ({@code kichi.catalogue.duplicateId}), every reference of {@link Reference#ALL} that names nothing (its
 * {@linkplain Reference#code() code}), every programme its own ancestor ({@code kichi.catalogue.parentCycle}) and
 * every review that does not fit the grid of its application's call (its stage, criteria and scales).
 * A reference resolves to the first object with its identifier. Violations are reported by property path, e.g.
 * {@code grants[3].partnership.members[0].organisation}; the validator sorts them.
 */
final class IntegrityCheck implements Reference.Ids {
    /** The references of each collection, in {@link Reference#ALL}'s order. */
    private static final Map<CatalogueCollection, List<Reference>> BY_COLLECTION = new EnumMap<>(
            CatalogueCollection.class);

    static {
        for (CatalogueCollection c : CatalogueCollection.values()) {
            BY_COLLECTION.put(c, Reference.from(c));
        }
    }

    private final AbstractCatalogue catalogue;
    private final ConstraintValidatorContext context;
    private final Map<CatalogueCollection, IdTable<Object, Object>> tables = new EnumMap<>(CatalogueCollection.class);
    private boolean valid = true;
    /** The reference being checked, and where its object is; read by {@link #id} and {@link #within}. */
    private Reference reference;
    private final ItemPath path = new ItemPath();

    IntegrityCheck(AbstractCatalogue catalogue, ConstraintValidatorContext context) {
        this.catalogue = catalogue;
        this.context = context;
    }

    boolean run() {
        for (CatalogueCollection collection : CatalogueCollection.values()) {
            check(collection, BY_COLLECTION.get(collection));
        }
        checkParentCycles(catalogue.getProgrammes());
        checkReviewsAgainstGrids();
        return valid;
    }

    private List<?> items(CatalogueCollection collection) {
        return switch (collection) {
            case ORGANISATIONS -> catalogue.getOrganisations();
            case PROGRAMMES -> catalogue.getProgrammes();
            case PROJECTS -> catalogue.getProjects();
            case CALLS -> catalogue.getCalls();
            case APPLICATIONS -> catalogue.getApplications();
            case GRANTS -> catalogue.getGrants();
            case REVIEWERS -> catalogue.getReviewers();
            case REVIEWS -> catalogue.getReviews();
        };
    }

    /**
     * Adds the identifiers of a collection to its table and checks its references. Collections are taken in
     * document order and all but programmes refer only to earlier ones, so one loop usually does both (each
     * object is read once); a collection that may refer to itself or a later one is indexed first.
     */
    private void check(CatalogueCollection collection, List<Reference> references) {
        List<?> list = items(collection);
        IdTable<Object, Object> table = new IdTable<>(list.size());
        tables.put(collection, table);
        boolean forward = false;
        for (Reference r : references) {
            forward |= r.to().compareTo(collection) >= 0;
        }
        path.collection = collection.member();
        for (int i = 0; i < list.size(); i++) {
            Object item = list.get(i);
            if (item == null) {
                continue; // reported by the element constraint of the collection
            }
            path.index = i;
            Object id = collection.idOf(item);
            if (!table.add(id, item)) {
                valid = Constraints.report(context, "kichi.catalogue.duplicateId", path + ".id",
                        Map.of("value", String.valueOf(id)));
            }
            if (!forward) {
                referencesOf(item, i, references);
            }
        }
        if (forward) {
            for (int i = 0; i < list.size(); i++) {
                if (list.get(i) != null) {
                    referencesOf(list.get(i), i, references);
                }
            }
        }
    }

    private void referencesOf(Object item, int index, List<Reference> references) {
        path.index = index;
        for (int r = 0; r < references.size(); r++) {
            reference = references.get(r);
            reference.forEachId(item, this);
        }
    }

    @Override
    public void id(int index, Object id) {
        if (!tables.get(reference.to()).contains(id)) {
            valid = Constraints.report(context, reference.code(), path + "." + reference.propertyPath(index),
                    Map.of("value", String.valueOf(id), "kind", reference.to().kind()));
        }
    }

    @Override
    public void within(Object owner, String item) {
        Object named = tables.get(reference.to()).get(owner);
        // an unknown owner is reported by the scope's own reference
        if (named != null && !reference.items().contains(named, item)) {
            valid = Constraints.report(context, reference.code(), path + "." + reference.propertyPath(-1),
                    Map.of("value", item, reference.scope().member(), String.valueOf(owner)));
        }
    }

    /**
     * Reports each cycle of parents once ({@code kichi.catalogue.parentCycle}), at its programme that comes first
     * in the list: a programme may not be its own ancestor. Each programme is walked at most once (marks per
     * index: 0 unseen, 1 on the current walk, 2 done), so a cycle of 100,000 programmes costs linear time and no
     * stack. A parent is the first programme with its id; unknown parents end a walk (reported as references).
     */
    private void checkParentCycles(List<DonorProgramme> programmeList) {
        int n = programmeList.size();
        IdTable<String, Integer> indexOf = new IdTable<>(n); // each id's first programme, as references resolve
        for (int i = 0; i < n; i++) {
            if (programmeList.get(i) != null) {
                indexOf.add(programmeList.get(i).getId(), i);
            }
        }
        byte[] mark = new byte[n];
        for (int start = 0; start < n; start++) {
            if (mark[start] != 0 || programmeList.get(start) == null) {
                continue;
            }
            int at = start;
            while (at >= 0 && mark[at] == 0) {
                mark[at] = 1;
                at = parentIndex(programmeList.get(at), indexOf);
            }
            if (at >= 0 && mark[at] == 1) { // back on this walk: a new cycle through `at`
                int first = at;
                int length = 0;
                int member = at;
                do {
                    first = Math.min(first, member);
                    length++;
                    member = parentIndex(programmeList.get(member), indexOf);
                } while (member != at);
                DonorProgramme head = programmeList.get(first);
                valid = Constraints.report(context, "kichi.catalogue.parentCycle", "programmes[" + first + "].parent",
                        Map.of("value", String.valueOf(head.getId()), "length", length));
            }
            for (at = start; at >= 0 && mark[at] == 1; at = parentIndex(programmeList.get(at), indexOf)) {
                mark[at] = 2;
            }
        }
    }

    private static int parentIndex(DonorProgramme p, IdTable<String, Integer> indexOf) {
        if (p == null || p.getParent().isEmpty()) {
            return -1;
        }
        Integer index = indexOf.get(p.getParent().get());
        return index == null ? -1 : index;
    }

    /**
     * Checks each review against the evaluation grid of its application's call: its stage exists
     * ({@code kichi.catalogue.unknownStage}), each score's criterion is in that stage
     * ({@code kichi.catalogue.unknownCriterion}) and its points are on the criterion's scale
     * ({@code kichi.catalogue.scoreOffScale}). A review of an unknown application, or of one whose call is unknown,
     * was reported as a reference.
     */
    private void checkReviewsAgainstGrids() {
        IdTable<Object, Object> applications = tables.get(CatalogueCollection.APPLICATIONS);
        IdTable<Object, Object> calls = tables.get(CatalogueCollection.CALLS);
        ItemPath path = new ItemPath();
        path.collection = CatalogueCollection.REVIEWS.member();
        List<Review> reviewList = catalogue.getReviews();
        for (int i = 0; i < reviewList.size(); i++) {
            Review r = reviewList.get(i);
            Application a = r == null ? null : (Application) applications.get(r.getApplication());
            CallForProposals call = a == null ? null : (CallForProposals) calls.get(a.getCall());
            if (call == null) {
                continue;
            }
            path.index = i;
            Optional<EvaluationGrid> grid = call.getEvaluationGrid();
            Optional<Stage> stage = grid.isPresent() ? grid.get().stage(r.getStage()) : Optional.empty();
            if (stage.isEmpty()) {
                valid = Constraints.report(context, "kichi.catalogue.unknownStage", path + ".stage",
                        Map.of("value", r.getStage(), "call", call.getId()));
                continue;
            }
            List<Score> scores = r.getScores();
            for (int j = 0; j < scores.size(); j++) {
                Score score = scores.get(j);
                Optional<Criterion> criterion = stage.get().criterion(score.getCriterion());
                if (criterion.isEmpty()) {
                    valid = Constraints.report(context, "kichi.catalogue.unknownCriterion",
                            path + ".scores[" + j + "].criterion",
                            Map.of("value", score.getCriterion(), "stage", r.getStage()));
                } else if (score.getPoints().isPresent()
                        && !criterion.get().getScale().contains(score.getPoints().get())) {
                    valid = Constraints.report(context, "kichi.catalogue.scoreOffScale",
                            path + ".scores[" + j + "].points",
                            Map.of("value", score.getPoints().get().toPlainString(),
                                    "scale", criterion.get().getScale().toString()));
                }
            }
        }
    }

    /** {@code grants[3]}, written out only when a problem is reported: valid catalogues build no path strings. */
    private static final class ItemPath {
        private String collection;
        private int index;

        @Override
        public String toString() {
            return collection + "[" + index + "]";
        }
    }
}
