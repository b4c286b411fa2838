package kg.kichi.json.internal.stream;

import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import kg.kichi.json.DocumentProblem;
import kg.kichi.json.LimitKind;
import kg.kichi.json.Mode;
import kg.kichi.json.SyntaxKind;
import kg.kichi.json.internal.codec.Cursor;
import kg.kichi.json.internal.codec.DuplicateMembers;
import kg.kichi.json.internal.codec.Problems;
import kg.kichi.json.internal.model.Envelope;
import kg.kichi.json.internal.model.SectionCodecs;
import kg.kichi.json.stream.Section;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.StreamConstraintsException;

/**
 * Walks a document token by token: envelope members are read whole, each element of a collection is decoded
 * straight from the parser, handed to an {@link ElementSink} and dropped, so memory does not grow with the number
 * of elements. Every problem goes to a {@link Problems}; a syntax error or a limit ends the walk with a problem
 * that gives the line, the column and the pointer reached. A syntax problem has the code {@code kichi.json.syntax}
 * and says its {@link SyntaxKind} in the argument {@code kind}, so that its message is fully localized; Jackson's
 * own English text stays in the argument {@code detail}, which no message shows. A limit problem, likewise, has the
 * code {@code kichi.json.limit} and says which limit in the argument {@code limit} ({@link LimitKind}), with the
 * numbers {@code maximum} and {@code value}.
 */
public final class DocumentParser {
    private final Mode mode;
    private final Problems problems;

    /**
     * @param mode strict or lenient
     * @param problems where problems go
     */
    public DocumentParser(Mode mode, Problems problems) {
        this.mode = mode;
        this.problems = problems;
    }

    /**
     * Walks a whole document.
     *
     * @param open opens a parser on the document, not yet advanced; it is closed at the end
     * @param sink receives each collection element
     * @return the envelope members, checked for presence
     * @throws UncheckedIOException when the input cannot be read
     */
    public Envelope parse(Supplier<JsonParser> open, ElementSink sink) {
        Envelope envelope = new Envelope(Cursor.root(null, "", problems, mode));
        JsonParser p = null;
        try (JsonParser opened = open.get()) {
            p = opened;
            try {
                walk(p, envelope, sink);
            } catch (StreamConstraintsException e) {
                // recorded while the parser is open: once closed, it no longer knows where it stopped
                stop(p, e, LimitKind.CODE, LimitErrors.arguments(e, constraints(p)));
            }
        } catch (Problems.TooManyProblemsException enough) {
            return envelope;
        } catch (JacksonIOException e) {
            throw new UncheckedIOException(e.getCause());
        } catch (StreamConstraintsException e) {
            stop(p, e, LimitKind.CODE, LimitErrors.arguments(e, constraints(p)));
        } catch (JacksonException e) {
            String message = String.valueOf(e.getOriginalMessage());
            if (message.startsWith("Duplicate Object property") || message.startsWith("Duplicate field")) {
                String name = p == null ? null : p.currentName();
                stop(p, e, "kichi.json.duplicateKey", Map.of("name", name == null ? "?" : name));
            } else {
                stop(p, e, SyntaxKind.CODE, SyntaxErrors.arguments(e));
            }
        }
        return envelope;
    }

    private void walk(JsonParser p, Envelope envelope, ElementSink sink) {
        JsonToken token = p.nextToken();
        Cursor root = Cursor.root(p, "", problems, mode);
        if (token == null) {
            problems.add(DocumentProblem.at("", SyntaxKind.CODE,
                    SyntaxErrors.arguments(SyntaxKind.EMPTY_DOCUMENT, "empty document"), 1, 1));
            return;
        }
        if (token != JsonToken.START_OBJECT) {
            root.wrongType("object");
            expectEnd(p);
            return;
        }
        readBody(root, envelope, sink);
        expectEnd(p);
    }

    /**
     * Reads the members of a document object: envelope members go to the envelope, which is finished at the end;
     * each collection element is decoded straight from the parser and handed to the sink.
     *
     * @param root a cursor on the document object, its parser on the object's start; left on its end
     * @param envelope receives the envelope members
     * @param sink receives each collection element
     */
    public static void readBody(Cursor root, Envelope envelope, ElementSink sink) {
        JsonParser p = root.parser();
        Cursor at = root.child();
        Set<String> seen = new HashSet<>();
        String name;
        while ((name = p.nextName()) != null) {
            if (!seen.add(name)) {
                throw DuplicateMembers.error(p, name);
            }
            p.nextToken();
            at.member(name);
            root.problems().topLevelMember(name);
            Section section = Section.byMember(name);
            if (section == null) {
                envelope.accept(name, at);
            } else if (p.currentToken() != JsonToken.START_ARRAY) {
                if (at.isNull()) {
                    at.problem("kichi.json.null", Map.of());
                } else {
                    at.wrongType("array");
                }
            } else {
                elements(at, section, sink);
            }
        }
        envelope.finish();
    }

    private static void elements(Cursor array, Section section, ElementSink sink) {
        JsonParser p = array.parser();
        Problems problems = array.problems();
        Cursor at = array.child();
        int index = 0;
        while (p.nextToken() != JsonToken.END_ARRAY) {
            at.element(index);
            Object value = null;
            String id = null;
            if (at.isNull()) {
                at.problem("kichi.json.null", Map.of());
            } else {
                long before = problems.count();
                value = SectionCodecs.of(section).read(at);
                at.skip();
                id = at.seenId();
                value = problems.count() > before ? null : value;
            }
            sink.element(section, index, value, id);
            index++;
        }
    }

    /**
     * Checks that nothing but white space follows the document's value. Whatever follows, even text the parser
     * cannot read (such as {@code {}}} or {@code {} x}), is content after the document.
     */
    private void expectEnd(JsonParser p) {
        TokenStreamLocation at;
        String detail = "content after the document";
        try {
            if (p.nextToken() == null) {
                return;
            }
            at = p.currentTokenLocation();
        } catch (JacksonIOException | StreamConstraintsException e) {
            throw e;
        } catch (JacksonException e) {
            at = e.getLocation() != null ? e.getLocation() : p.currentLocation();
            detail = "content after the document: " + e.getOriginalMessage();
        }
        problems.add(DocumentProblem.at("", SyntaxKind.CODE,
                SyntaxErrors.arguments(SyntaxKind.CONTENT_AFTER_DOCUMENT, detail), Math.max(1, at.getLineNr()),
                Math.max(1, at.getColumnNr())));
    }

    private void stop(JsonParser p, JacksonException e, String code, Map<String, ?> arguments) {
        TokenStreamLocation at = e.getLocation() != null ? e.getLocation()
                : p != null ? p.currentLocation() : TokenStreamLocation.NA;
        String pointer = "";
        if (p != null) {
            try {
                pointer = p.streamReadContext().pathAsPointer().toString();
            } catch (RuntimeException unavailable) {
                pointer = "";
            }
        }
        try {
            problems.add(DocumentProblem.at(pointer, code, arguments, Math.max(1, at.getLineNr()),
                    Math.max(1, at.getColumnNr())));
        } catch (Problems.TooManyProblemsException enough) {
            // the limit problem was recorded instead
        }
    }

    private static StreamReadConstraints constraints(JsonParser p) {
        try {
            return p == null ? null : p.streamReadConstraints();
        } catch (RuntimeException unavailable) {
            return null;
        }
    }

    /**
     * The problem that ends a read of any JSON document, as this parser reports it: a limit
     * ({@code kichi.json.limit}), a duplicate member name ({@code kichi.json.duplicateKey}) or malformed JSON
     * ({@code kichi.json.syntax}), with the line, the column and the pointer reached. For readers of other formats
     * (360Giving) that stream with Jackson and report as the Kichi reader does.
     *
     * @param p the parser, still open
     * @param e what it threw
     * @return the problem
     */
    public static DocumentProblem failure(JsonParser p, JacksonException e) {
        List<DocumentProblem> found = new java.util.ArrayList<>(1);
        DocumentParser parser = new DocumentParser(Mode.LENIENT, Problems.forwarding(1, found::add));
        if (e instanceof StreamConstraintsException limit) {
            parser.stop(p, e, LimitKind.CODE, LimitErrors.arguments(limit, constraints(p)));
        } else {
            String message = String.valueOf(e.getOriginalMessage());
            if (message.startsWith("Duplicate Object property") || message.startsWith("Duplicate field")) {
                String name = p == null ? null : p.currentName();
                parser.stop(p, e, "kichi.json.duplicateKey", Map.of("name", name == null ? "?" : name));
            } else {
                parser.stop(p, e, SyntaxKind.CODE, SyntaxErrors.arguments(e));
            }
        }
        return found.get(0);
    }

    /**
     * Checks that nothing but white space follows a document's value, as {@link #parse} does.
     *
     * @param p the parser, on the document's last token
     * @return the problem, or null when the document ends there
     */
    public static DocumentProblem trailing(JsonParser p) {
        List<DocumentProblem> found = new java.util.ArrayList<>(1);
        new DocumentParser(Mode.LENIENT, Problems.forwarding(1, found::add)).expectEnd(p);
        return found.isEmpty() ? null : found.get(0);
    }
}
