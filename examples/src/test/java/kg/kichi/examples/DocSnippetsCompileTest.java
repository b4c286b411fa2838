package kg.kichi.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every {@code ```java} block of README.md and docs/*.md compiles against Kichi as it is: a renamed method or a
 * moved class breaks this test, not a reader's first try.
 *
 * <p>A block is the body of a method; imports of every exported package are given, and a block's own
 * {@code import} lines, or those of a comment {@code <!-- imports: kg.kichi.core.eligibility.Outcome -->} above it
 * (to say which of two types of one name it means), are honoured. What a block takes for granted
 * is declared in an HTML comment just above it, invisible on the page:
 * {@code <!-- given: Catalogue catalogue, Verdict verdict -->}. In a file that says
 * {@code <!-- snippets: one program -->} the blocks continue each other (a guide's steps), and are compiled as one
 * method, in order. What the snippets do is checked by {@link ReadmeSnippetsTest} and {@link GuideTest}.
 */
class DocSnippetsCompileTest {
    private static final Pattern GIVEN = Pattern.compile("<!--\\s*given:(.*?)-->");
    private static final Pattern OWN_IMPORTS = Pattern.compile("<!--\\s*imports:(.*?)-->");
    private static final Pattern ONE_PROGRAM = Pattern.compile("<!--\\s*snippets:\\s*one program\\s*-->");

    /** Imports on demand of what a snippet may use without saying so. */
    private static final List<String> IMPORTS = List.of(
            "java.io.*", "java.math.*", "java.nio.file.*", "java.time.*", "java.util.*", "java.util.stream.*",
            "kg.kichi.core.*", "kg.kichi.core.application.*", "kg.kichi.core.call.*", "kg.kichi.core.catalogue.*",
            "kg.kichi.core.classification.*", "kg.kichi.core.eligibility.*", "kg.kichi.core.evaluation.*",
            "kg.kichi.core.geo.*", "kg.kichi.core.geo.gazetteer.*", "kg.kichi.core.geo.resolve.*",
            "kg.kichi.core.grant.*", "kg.kichi.core.money.*", "kg.kichi.core.organisation.*",
            "kg.kichi.core.programme.*", "kg.kichi.core.project.*", "kg.kichi.core.quality.*", "kg.kichi.core.text.*",
            "kg.kichi.core.time.*", "kg.kichi.core.validation.*", "kg.kichi.json.*", "kg.kichi.json.giving360.*",
            "kg.kichi.json.quality.*", "kg.kichi.json.stream.*");

    /** A Java block of a document, with what it takes for granted. */
    record Snippet(String file, int line, String code, String given) {
        @Override
        public String toString() {
            return file + ":" + line;
        }
    }

    static Path root() {
        Path here = Path.of("").toAbsolutePath();
        return Files.exists(here.resolve("README.md")) ? here : here.getParent();
    }

    static List<Path> documents() throws IOException {
        List<Path> documents = new ArrayList<>(List.of(root().resolve("README.md")));
        try (Stream<Path> docs = Files.list(root().resolve("docs"))) {
            docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(documents::add);
        }
        return documents;
    }

    /** The Java blocks of one document; one snippet of them all when the document says they are one program. */
    static List<Snippet> snippets(Path document) throws IOException {
        String text = Files.readString(document, StandardCharsets.UTF_8);
        String name = root().relativize(document).toString();
        List<Snippet> found = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (!lines[i].strip().equals("```java")) {
                continue;
            }
            int indent = lines[i].indexOf('`');
            StringBuilder code = new StringBuilder();
            int j = i + 1;
            for (; j < lines.length && !lines[j].strip().equals("```"); j++) {
                code.append(lines[j].length() >= indent ? lines[j].substring(indent) : lines[j].strip()).append('\n');
            }
            String given = "";
            for (int k = i - 1; k >= 0 && k >= i - 3; k--) {
                Matcher m = GIVEN.matcher(lines[k]);
                if (m.find()) {
                    given = m.group(1).strip();
                }
                Matcher own = OWN_IMPORTS.matcher(lines[k]);
                if (own.find()) {
                    for (String type : own.group(1).split(",")) {
                        code.insert(0, "import " + type.strip() + ";\n");
                    }
                }
            }
            found.add(new Snippet(name, i + 1, code.toString(), given));
            i = j;
        }
        if (ONE_PROGRAM.matcher(text).find() && found.size() > 1) {
            StringBuilder all = new StringBuilder();
            List<String> given = new ArrayList<>();
            for (Snippet s : found) {
                all.append(s.code());
                if (!s.given().isEmpty()) {
                    given.add(s.given());
                }
            }
            return List.of(new Snippet(name, found.get(0).line(), all.toString(), String.join(", ", given)));
        }
        return found;
    }

    static List<Snippet> allSnippets() throws IOException {
        List<Snippet> all = new ArrayList<>();
        for (Path document : documents()) {
            all.addAll(snippets(document));
        }
        return all;
    }

    @Test
    void theDocumentsHaveTheSnippetsThisTestExpects() throws IOException {
        // README's blocks each on their own, the guide's seven as one program, bean-validation's one
        List<Snippet> all = allSnippets();
        assertThat(all.stream().filter(s -> s.file().equals("README.md")).count()).isGreaterThanOrEqualTo(8);
        assertThat(all).filteredOn(s -> s.file().equals("docs/guide.md")).singleElement()
                .satisfies(s -> assertThat(s.code()).contains("// 1. Organisations", "// 7. The dataset"));
        assertThat(all).filteredOn(s -> s.file().equals("docs/bean-validation.md")).hasSize(1);
    }

    @Test
    void everySnippetCompiles(@TempDir Path work) throws Exception {
        List<Snippet> all = allSnippets();
        Map<String, List<String>> errors = compile(all, work);
        assertThat(errors).as("snippets that do not compile").isEmpty();
    }

    @Test
    void aSnippetThatNoLongerMatchesTheApiFails(@TempDir Path work) throws Exception {
        // the check can fail: an accessor renamed away (Application.status() is now getStatus())
        Snippet stale = new Snippet("stale.md", 1, "ApplicationStatus s = application.status();\n",
                "Application application");
        Snippet fine = new Snippet("fine.md", 1, "ApplicationStatus s = application.getStatus();\n",
                "Application application");
        Map<String, List<String>> errors = compile(List.of(stale, fine), work);
        assertThat(errors).containsOnlyKeys("stale.md:1");
        assertThat(errors.get("stale.md:1")).singleElement().asString().contains("cannot find symbol");
    }

    static String source(String className, Snippet snippet) {
        StringBuilder s = new StringBuilder();
        for (String i : IMPORTS) {
            s.append("import ").append(i).append(";\n");
        }
        s.append("import static org.assertj.core.api.Assertions.*;\n");
        // a block's own imports (which of two types of one name it means) go where Java wants them
        StringBuilder body = new StringBuilder();
        for (String line : snippet.code().split("\n", -1)) {
            if (line.startsWith("import ")) {
                s.append(line).append('\n');
                body.append('\n');
            } else {
                body.append(line).append('\n');
            }
        }
        s.append("class ").append(className).append(" {\n  void run(").append(snippet.given())
                .append(") throws Exception {\n");
        s.append(body);
        s.append("  }\n}\n");
        return s.toString();
    }

    /**
     * Compiles every snippet, each its own class, in one run of the JDK's {@code javac} (a process: the test may run
     * in a named module that does not read {@code java.compiler}).
     *
     * @return the error lines of each snippet that does not compile, by snippet
     */
    static Map<String, List<String>> compile(List<Snippet> snippets, Path work) throws Exception {
        Path sources = Files.createDirectories(work.resolve("src"));
        Map<String, Snippet> byClass = new LinkedHashMap<>();
        Map<String, Long> headerLines = new LinkedHashMap<>();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "javac")
                .toString(), "-classpath", classPath(), "-d", Files.createDirectories(work.resolve("classes"))
                .toString(), "-proc:none", "-encoding", "UTF-8", "-nowarn", "-Xmaxerrs", "1000"));
        for (Snippet snippet : snippets) {
            String className = "Snippet" + byClass.size();
            byClass.put(className, snippet);
            Path file = sources.resolve(className + ".java");
            String source = source(className, snippet);
            headerLines.put(className, source.lines().takeWhile(l -> !l.contains(" void run(")).count() + 1);
            Files.writeString(file, source, StandardCharsets.UTF_8);
            command.add(file.toString());
        }
        Process javac = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(javac.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int exit = javac.waitFor();
        Map<String, List<String>> errors = new TreeMap<>();
        Matcher m = Pattern.compile("(?m)^.*[/\\\\](Snippet\\d+)\\.java:(\\d+): error: (.*)$").matcher(output);
        while (m.find()) {
            long line = Integer.parseInt(m.group(2)) - headerLines.get(m.group(1));
            errors.computeIfAbsent(byClass.get(m.group(1)).toString(), k -> new ArrayList<>())
                    .add("line " + line + " of the block: " + m.group(3));
        }
        assertThat(exit == 0 || !errors.isEmpty()).as("javac failed without naming a snippet:%n%s", output).isTrue();
        return errors;
    }

    /**
     * The jars (or class directories) of Kichi and of what its API names, found from one class of each: the test
     * may run on the module path, where {@code java.class.path} does not list them.
     */
    static String classPath() throws URISyntaxException {
        Set<String> entries = new LinkedHashSet<>();
        for (Class<?> anchor : List.of(kg.kichi.core.grant.Grant.class, kg.kichi.json.KichiJson.class,
                tools.jackson.databind.json.JsonMapper.class, tools.jackson.core.JsonGenerator.class,
                jakarta.validation.Validation.class, org.assertj.core.api.Assertions.class)) {
            entries.add(Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI()).toString());
        }
        return String.join(File.pathSeparator, entries);
    }
}
