package kg.kichi.json.giving360;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.networknt.schema.Error;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import kg.kichi.json.DocumentProblem;
import kg.kichi.json.InvalidDocumentException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The reader's verdicts held against an independent JSON Schema validator (networknt, draft 2020-12, formats
 * asserted) running the same 1.4.3 schemas: on the samples, on generated valid packages, and on generated
 * packages broken in one place each, the two agree on valid or not, and the reader names the place broken.
 */
class Giving360VerdictsTest {
    static java.util.stream.LongStream seeds() {
        // -Dkichi.property.seeds=N runs N seeds instead (the mutation profile runs fewer: docs/reliability.md)
        return java.util.stream.LongStream.rangeClosed(1, Long.getLong("kichi.property.seeds", 150));
    }

    /** One way to break a valid package, and the pointer of the value at fault. */
    private record Breakage(String pointer, Consumer<ObjectNode> apply) {}

    private static ObjectNode grant0(ObjectNode pack) {
        return (ObjectNode) pack.get("grants").get(0);
    }

    private static final List<Breakage> BREAKAGES = List.of(
            new Breakage("/grants/0/description", p -> grant0(p).remove("description")),
            new Breakage("/grants/0/currency", p -> grant0(p).put("currency", "XYZ")),
            new Breakage("/grants/0/awardDate", p -> grant0(p).put("awardDate", "31/12/2020")),
            new Breakage("/grants/0/awardDate", p -> grant0(p).put("awardDate", "2020-12-31T25:00:00Z")),
            new Breakage("/grants/0/amountAwarded", p -> grant0(p).put("amountAwarded", "100")),
            new Breakage("/grants/0/recipientOrganization", p -> grant0(p).putArray("recipientOrganization")),
            new Breakage("/grants/0/fundingOrganization/0/name",
                    p -> ((ObjectNode) grant0(p).get("fundingOrganization").get(0)).remove("name")),
            new Breakage("/grants/0/plannedDates/0/duration",
                    p -> grant0(p).putArray("plannedDates").addObject().put("duration", -1)),
            new Breakage("/grants/0/plannedDates/0/startDate",
                    p -> grant0(p).putArray("plannedDates").addObject().put("startDate", "2021-4")),
            new Breakage("/grants/0/fromOpenCall", p -> grant0(p).put("fromOpenCall", "yes")),
            new Breakage("/grants/0/dateModified", p -> grant0(p).put("dateModified", "2020-01-01")),
            new Breakage("/grants/0/url", p -> grant0(p).put("url", "example.org/grant")),
            new Breakage("/grants/0/beneficiaryLocation/0/countryCode",
                    p -> grant0(p).putArray("beneficiaryLocation").addObject().put("countryCode", "XX")),
            new Breakage("/grants/0/commitmentTransaction/0/valueDate",
                    p -> grant0(p).putArray("commitmentTransaction").addObject().putNull("valueDate")),
            new Breakage("/grants/0/Custom",
                    p -> grant0(p).put("title", 5).put("Custom", "x")), // reported at /title; see below
            new Breakage("/grants/0", p -> grant0(p).putObject("recipientIndividual").put("id", "i").put("name", "n")),
            new Breakage("/grants/0", p -> grant0(p).remove("recipientOrganization")),
            new Breakage("/grants/1", p -> ((ArrayNode) p.get("grants")).insert(1, grant0(p).deepCopy())),
            new Breakage("/grants", p -> p.putArray("grants")),
            new Breakage("/version", p -> p.put("version", "1.4.3")),
            new Breakage("/publisher/name", p -> p.putObject("publisher").put("website", "https://example.org")),
            new Breakage("/extensions/1", p -> p.putArray("extensions").add("a").add("a")),
            new Breakage("/issued", p -> p.put("issued", "2020")),
            new Breakage("", p -> p.remove("grants")));

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void generatedPackagesAreValidForBoth(long seed) {
        ObjectNode pack = new Giving360Packages(seed).pack();

        assertThat(Giving360Schema.validate(pack)).as("schema, seed %d", seed).isEmpty();
        Giving360Reader.create().read(Faithful.MAPPER.writeValueAsString(pack));
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void aBrokenPackageIsInvalidForBothAndTheReaderNamesThePlace(long seed) {
        Breakage breakage = BREAKAGES.get((int) (seed % BREAKAGES.size()));
        ObjectNode pack = new Giving360Packages(seed).pack();
        breakage.apply().accept(pack);
        String expected = breakage.pointer().equals("/grants/0/Custom") ? "/grants/0/title"
                : breakage.pointer().equals("") ? "/grants" : breakage.pointer();

        List<Error> schema = Giving360Schema.validate(pack);
        InvalidDocumentException e = catchThrowableOfType(InvalidDocumentException.class,
                () -> Giving360Reader.create().read(Faithful.MAPPER.writeValueAsString(pack)));

        assertThat(schema).as("schema, seed %d", seed).isNotEmpty();
        assertThat(e).as("reader, seed %d", seed).isNotNull();
        assertThat(e.getProblems()).extracting(DocumentProblem::getPointer).as("seed %d", seed).contains(expected);
        // every place the reader names is one the validator names too (or the object holding it)
        Set<String> validator = schema.stream().map(Giving360VerdictsTest::location).collect(Collectors.toSet());
        for (DocumentProblem problem : e.getProblems()) {
            assertThat(validator.stream().anyMatch(v -> v.equals(problem.getPointer())
                    || problem.getPointer().startsWith(v + "/") || v.startsWith(problem.getPointer() + "/")))
                    .as("seed %d: %s in %s", seed, problem, new TreeSet<>(validator)).isTrue();
        }
    }

    @Test
    void theSamplesAreInvalidForBoth() {
        for (String name : List.of("fundingproviders-grants_fixed_2_grants.json",
                "fundingproviders-grants_broken_grants.json")) {
            byte[] bytes = Giving360ReaderSamplesTest.sample(name);
            JsonNode tree = Faithful.MAPPER.readTree(bytes);

            List<Error> schema = Giving360Schema.validate(tree);
            InvalidDocumentException e = catchThrowableOfType(InvalidDocumentException.class,
                    () -> Giving360Reader.create().read(new java.io.ByteArrayInputStream(bytes)));

            assertThat(schema).as(name).isNotEmpty();
            Set<String> validator = schema.stream().map(Giving360VerdictsTest::location).collect(Collectors.toSet());
            Set<String> reader = e.getProblems().stream().map(DocumentProblem::getPointer).collect(Collectors.toSet());
            // the validator also names what it tried in the other branch of oneOf (recipientIndividual), the
            // grant failing oneOf, and the array failing uniqueItems; the reader names each member at fault
            assertThat(validator).as(name).containsAll(reader);
            Set<String> explained = validator.stream().filter(v -> !reader.contains(v)
                    && !v.endsWith("/recipientIndividual") && !v.matches("/grants(/\\d+)?"))
                    .collect(Collectors.toSet());
            assertThat(explained).as(name).isEmpty();
            assertThat(reader).as(name).contains("/grants/0/awardDate", "/grants/3");
        }
    }

    @Test
    void aGrantToAnIndividualIsTheOneValidPackageTheReaderRefuses() {
        ObjectNode pack = new Giving360Packages(7).pack();
        grant0(pack).remove("recipientOrganization");
        grant0(pack).putObject("recipientIndividual").put("id", "360G-x-IND-1").put("name", "Jane Roe");

        InvalidDocumentException e = catchThrowableOfType(InvalidDocumentException.class,
                () -> Giving360Reader.create().read(Faithful.MAPPER.writeValueAsString(pack)));

        assertThat(Giving360Schema.validate(pack)).isEmpty();
        assertThat(e.getProblems()).extracting(DocumentProblem::getCode)
                .containsExactly(Giving360Reader.INDIVIDUAL);
    }

    private static String location(Error error) {
        String at = error.getInstanceLocation().toString();
        String property = error.getProperty();
        return error.getKeyword().equals("required") && property != null
                ? at + "/" + property.replace("~", "~0").replace("/", "~1") : at;
    }
}
