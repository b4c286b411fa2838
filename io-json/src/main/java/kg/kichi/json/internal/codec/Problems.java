package kg.kichi.json.internal.codec;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import kg.kichi.json.DocumentProblem;

/**
 * Where the problems of one read go: kept in a list, or handed on one by one (streaming), up to a maximum after
 * which reading stops with {@code kichi.json.tooManyProblems}.
 *
 * <p>Why not Jackson's own problem collection ({@code ObjectReader.problemCollectingReader()}, since 3.1): it
 * collects what databind's bean deserializers report through a {@code DeserializationProblemHandler}, as English
 * messages, into a list returned at the end; Kichi's problems carry a code and arguments for the en/ru/ky message
 * bundles, include the model builders' violations placed at their pointers, and are handed on one by one while a
 * document streams.
 */
public final class Problems {
    private final int max;
    private final Consumer<DocumentProblem> sink;
    private final List<DocumentProblem> kept;
    /** The members of the document object met so far, by pointer segment, with their rank. */
    private final java.util.Map<String, Integer> topLevel = new java.util.HashMap<>();
    private long count;
    private int maxQuoted = Integer.MAX_VALUE;
    private int maxExtension = Integer.MAX_VALUE;

    private Problems(int max, Consumer<DocumentProblem> sink, List<DocumentProblem> kept) {
        this.max = max;
        this.sink = sink;
        this.kept = kept;
    }

    /**
     * Problems kept in a list.
     *
     * @param max how many problems to accept before reading stops
     * @return the collector
     */
    public static Problems collecting(int max) {
        List<DocumentProblem> list = new ArrayList<>();
        return new Problems(max, list::add, list);
    }

    /**
     * Problems handed on as found.
     *
     * @param max how many problems to accept before reading stops
     * @param sink the receiver
     * @return the collector
     */
    public static Problems forwarding(int max, Consumer<DocumentProblem> sink) {
        return new Problems(max, sink, null);
    }

    /**
     * Sets what the read keeps at most (see {@link kg.kichi.json.ReadLimits}).
     *
     * @param quoted the most characters of a string argument a problem keeps; longer ones are cut and end in "…"
     * @param extension the most characters of JSON text kept for one unknown member
     * @return this collector
     */
    public Problems bounded(int quoted, int extension) {
        this.maxQuoted = quoted;
        this.maxExtension = extension;
        return this;
    }

    /** @return the most characters of JSON text kept for one unknown member */
    public int maxExtensionLength() {
        return maxExtension;
    }

    /**
     * Records a problem.
     *
     * @param problem the problem
     * @throws TooManyProblemsException when this is one too many
     */
    public void add(DocumentProblem problem) {
        count++;
        if (count > max) {
            sink.accept(DocumentProblem.of(problem.getPointer(), "kichi.json.tooManyProblems", Map.of("max", max)));
            throw new TooManyProblemsException();
        }
        sink.accept(quoteBounded(problem));
    }

    /** The problem with every string argument longer than the quoting bound cut (a hostile value is not kept). */
    private DocumentProblem quoteBounded(DocumentProblem problem) {
        Map<String, Object> arguments = problem.getArguments();
        Map<String, Object> cut = null;
        for (Map.Entry<String, Object> e : arguments.entrySet()) {
            if (e.getValue() instanceof String text && text.length() > maxQuoted) {
                if (cut == null) {
                    cut = new java.util.LinkedHashMap<>(arguments);
                }
                int end = Character.isHighSurrogate(text.charAt(maxQuoted - 1)) ? maxQuoted - 1 : maxQuoted;
                cut.put(e.getKey(), text.substring(0, end) + "…");
            }
        }
        if (cut == null) {
            return problem;
        }
        return problem.getLine() > 0
                ? DocumentProblem.at(problem.getPointer(), problem.getCode(), cut, problem.getLine(), problem.getColumn())
                : DocumentProblem.of(problem.getPointer(), problem.getCode(), cut);
    }

    /** @return how many problems were recorded so far */
    public long count() {
        return count;
    }

    /**
     * Notes a member of the document object as the reader meets it, so that {@link #inDocumentOrder()} can put the
     * problems found late (rule violations of a whole object, references checked at the end) back in their place.
     *
     * @param name the member's name
     */
    public void topLevelMember(String name) {
        topLevel.putIfAbsent(name.replace("~", "~0").replace("/", "~1"), topLevel.size());
    }

    /**
     * The problems kept, in document order: by member of the document in the order the reader met them, then by
     * element of a collection, by index; the problems of one element in the order found (its JSON as read, then
     * the rules of the whole object, then its references). The problem that ended a read early stays last.
     *
     * @return the problems, a new list
     */
    public List<DocumentProblem> inDocumentOrder() {
        List<DocumentProblem> all = new ArrayList<>(list());
        if (all.size() < 2) {
            return all;
        }
        DocumentProblem last = all.get(all.size() - 1);
        boolean endedEarly = last.getLine() > 0 || last.getCode().equals("kichi.json.tooManyProblems");
        List<DocumentProblem> sorted = new ArrayList<>(endedEarly ? all.subList(0, all.size() - 1) : all);
        sorted.sort(java.util.Comparator.comparingInt(this::memberRank).thenComparingLong(Problems::elementIndex));
        if (endedEarly) {
            sorted.add(last);
        }
        return sorted;
    }

    /** The rank of the problem's member of the document: -1 for the document itself, last for one never met. */
    private int memberRank(DocumentProblem problem) {
        String pointer = problem.getPointer();
        if (pointer.isEmpty()) {
            return -1;
        }
        int end = pointer.indexOf('/', 1);
        return topLevel.getOrDefault(end < 0 ? pointer.substring(1) : pointer.substring(1, end), Integer.MAX_VALUE);
    }

    /** The index of the collection element the problem is in, or -1 when it is about the collection itself. */
    private static long elementIndex(DocumentProblem problem) {
        String pointer = problem.getPointer();
        int start = pointer.indexOf('/', 1);
        if (start < 0) {
            return -1;
        }
        int end = pointer.indexOf('/', start + 1);
        String segment = pointer.substring(start + 1, end < 0 ? pointer.length() : end);
        if (segment.isEmpty() || segment.length() > 18) {
            return -1;
        }
        long index = 0;
        for (int i = 0; i < segment.length(); i++) {
            char c = segment.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            index = index * 10 + (c - '0');
        }
        return index;
    }

    /** @return the problems kept, for a collecting instance; empty for a forwarding one */
    public List<DocumentProblem> list() {
        return kept == null ? List.of() : kept;
    }

    /** Ends a read that found more problems than allowed. */
    public static final class TooManyProblemsException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TooManyProblemsException() {
            super("too many problems", null, false, false);
        }
    }
}
