package kg.kichi.json.giving360;

import java.util.List;
import kg.kichi.json.DocumentProblem;

/**
 * Where the problems a schema check finds go. Trying a {@code oneOf} branch only counts them: building their
 * pointers and arguments would be wasted on the branches that are meant to fail.
 *
 * <p>Invariant: {@link #count} counts every problem noted, whether it is built or not; a counting instance has
 * no list, and {@link #note()} tells the checker not to build the problem. Mutable, and confined to one check.
 */
final class SchemaProblems {
    private final List<DocumentProblem> problems;
    int count;

    SchemaProblems(List<DocumentProblem> problems) {
        this.problems = problems;
    }

    static SchemaProblems counting() {
        return new SchemaProblems(null);
    }

    /** Counts a problem; @return whether it is to be built and {@linkplain #add added} */
    boolean note() {
        count++;
        return problems != null;
    }

    void add(DocumentProblem problem) {
        problems.add(problem);
    }
}
