package kg.kichi.json.internal.codec;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import kg.kichi.core.text.LocalizedText;
import kg.kichi.json.DocumentProblem;
import kg.kichi.json.Mode;
import kg.kichi.json.internal.value.LocalizedTextCodec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.core.JsonGenerator;

/**
 * {@link MemberValues}' own paths: strings read without going through their codec, and one instance reused by a cursor
 * for object after object. Each is checked against what the plain path gives on random objects.
 */
class MemberValuesTest {
    private static final String[] VALUES = {"\" text \"", "\"\"", "\"é\\n\\u00e9 \\\"q\\\"\"", "\"Нарын\"", "12",
        "-1.5", "12345678901234567890", "null", "true", "false", "[]", "[\" a\",\"b \"]", "[\"a\",1,null]",
        "[[\"a\"]]", "{}", "{\"en\":\"x\"}", "{\"en\":\"x\",\"ru\":\"y\"}", "{\"en\":1}", "{\"EN\":\"x\"}",
        "[{\"en\":\"x\"},null,{\"ky\":\"y\"}]", "[{\"en\":\"x\"},\"y\"]", "{\"a\":{\"b\":[1,2]}}"};

    private static final String[] NAMES = {"id", "s", "l", "t", "lt", "n", "u1", "u~/2"};

    /** Reads an object's members into a list, in the order declared: the values, extensions and state. */
    private static final class Probe implements Codec<List<Object>> {
        private final boolean inner;
        private final MemberTable members;

        Probe(Codec<String> string, Codec<LocalizedText> text, Codec<List<Object>> innerCodec) {
            List<MemberTable.Slot> declared = new ArrayList<>(List.of(new MemberTable.Slot("id", string, false),
                    new MemberTable.Slot("s", string, false), new MemberTable.Slot("l", string, true),
                    new MemberTable.Slot("t", text, false), new MemberTable.Slot("lt", text, true),
                    new MemberTable.Slot("n", Scalars.INTEGER, false)));
            inner = innerCodec != null;
            if (inner) {
                declared.add(new MemberTable.Slot("inner", innerCodec, true));
            }
            this.members = new MemberTable(declared);
        }

        @Override
        public List<Object> read(Cursor in) {
            MemberValues f = in.object(members);
            if (f == null) {
                return null;
            }
            List<Object> out = new ArrayList<>();
            out.add(f.take(0));
            out.add(f.missing(1) ? null : f.take(1)); // s is required
            out.add(list(f.take(2)));
            out.add(f.take(3));
            out.add(list(f.take(4)));
            out.add(f.take(5));
            if (inner) {
                out.add(list(f.take(6)));
            }
            out.add(f.extensions());
            out.add(f.hasProblems());
            out.add(in.seenId());
            return out;
        }

        /** An absent list member as an empty list. */
        private static Object list(Object taken) {
            return taken == null ? List.of() : taken;
        }

        @Override
        public void write(List<Object> value, JsonGenerator out) {
            throw new UnsupportedOperationException();
        }
    }

    /** The same codec, not recognised by {@link MemberTable}: read through {@link Codec#read} like any other. */
    private static <T> Codec<T> plain(Codec<T> codec) {
        return new Codec<>() {
            @Override
            public T read(Cursor in) {
                return codec.read(in);
            }

            @Override
            public void write(T value, JsonGenerator out) {
                codec.write(value, out);
            }
        };
    }

    private static final Probe DIRECT = new Probe(Scalars.STRING, LocalizedTextCodec.INSTANCE,
            new Probe(Scalars.STRING, LocalizedTextCodec.INSTANCE, null));
    private static final Probe PLAIN = new Probe(plain(Scalars.STRING), plain(LocalizedTextCodec.INSTANCE),
            new Probe(plain(Scalars.STRING), plain(LocalizedTextCodec.INSTANCE), null));

    @Test
    void stringMembersAreRecognised() {
        assertThat(DIRECT.members.at(0).string).isTrue();
        assertThat(DIRECT.members.at(2).string).isFalse(); // a list of strings
        assertThat(DIRECT.members.at(2).strings).isTrue();
        assertThat(DIRECT.members.at(3).strings).isFalse();
        assertThat(PLAIN.members.at(0).strings).isFalse();
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void directPathsGiveWhatTheCodecsGive(Mode mode) {
        Random random = new Random(42);
        for (int i = 0; i < 3000; i++) {
            String json = object(random, 2);
            CodecTesting.Result<List<Object>> direct = CodecTesting.read(DIRECT, json, mode);
            CodecTesting.Result<List<Object>> plain = CodecTesting.read(PLAIN, json, mode);
            assertThat(direct.value()).as(json).isEqualTo(plain.value());
            assertThat(describe(direct.problems())).as(json).isEqualTo(describe(plain.problems()));
        }
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void anObjectReadAfterAnotherAtTheSameCursorKeepsNothingOfIt(Mode mode) {
        Random random = new Random(7);
        for (int i = 0; i < 1000; i++) {
            List<String> elements = new ArrayList<>();
            for (int k = random.nextInt(5); k >= 0; k--) {
                elements.add(object(random, 1));
            }
            CodecTesting.Result<List<Object>> together = CodecTesting.read(DIRECT,
                    "{\"s\":\"x\",\"inner\":[" + String.join(",", elements) + "]}", mode);
            List<Object> kept = new ArrayList<>();
            List<String> problems = new ArrayList<>();
            for (int k = 0; k < elements.size(); k++) {
                CodecTesting.Result<List<Object>> alone = CodecTesting.read(DIRECT,
                        "{\"s\":\"x\",\"inner\":[" + elements.get(k) + "]}", mode);
                @SuppressWarnings("unchecked")
                List<Object> read = (List<Object>) alone.value().get(6);
                kept.addAll(read);
                for (String problem : describe(alone.problems())) {
                    problems.add(problem.replaceFirst("^/inner/0", "/inner/" + k));
                }
            }
            assertThat(together.value().get(6)).as(elements.toString()).isEqualTo(kept);
            assertThat(describe(together.problems())).as(elements.toString()).isEqualTo(problems);
        }
    }

    private static List<String> describe(List<DocumentProblem> problems) {
        List<String> out = new ArrayList<>();
        for (DocumentProblem p : problems) {
            out.add(p.getPointer() + " " + p.getCode() + " " + p.getArguments());
        }
        return out;
    }

    /** An object with some of the declared and undeclared members, in any order, each name once. */
    private static String object(Random random, int depth) {
        List<String> names = new ArrayList<>(List.of(NAMES));
        if (depth > 1) {
            names.add("inner");
        }
        Collections.shuffle(names, random);
        StringBuilder out = new StringBuilder("{");
        for (String name : names.subList(0, random.nextInt(names.size() + 1))) {
            if (out.length() > 1) {
                out.append(',');
            }
            out.append('"').append(name).append("\":");
            if (name.equals("inner") && random.nextInt(4) > 0) {
                out.append('[');
                for (int k = random.nextInt(4); k > 0; k--) {
                    out.append(object(random, depth - 1)).append(k > 1 ? "," : "");
                }
                out.append(']');
            } else {
                out.append(VALUES[random.nextInt(VALUES.length)]);
            }
        }
        return out.append('}').toString();
    }
}
