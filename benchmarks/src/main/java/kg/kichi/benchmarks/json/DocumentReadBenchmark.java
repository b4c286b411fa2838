package kg.kichi.benchmarks.json;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import kg.kichi.benchmarks.json.pojo.DocumentPojo;
import kg.kichi.benchmarks.json.pojo.References;
import kg.kichi.core.catalogue.Catalogue;
import kg.kichi.json.KichiJson;
import kg.kichi.json.KichiReader;
import kg.kichi.json.Mode;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reading one realistic document (random catalogue, fixed seed, serialised once; with the generator's short texts
 * or with texts as long as the fixtures', see {@link BenchmarkCatalogues.Texts}) four ways, in the same run:
 * Kichi's strict reader (decode and validate everything: types, model rules, references); what a Spring developer
 * would write instead (Jackson databind into annotated POJOs, Hibernate Validator on every object, then a pass over
 * the references; target: Kichi at least 1.5 times faster); plain Jackson databind into the same POJOs with no
 * validation; and networknt validation of the same bytes against the shipped JSON Schema. See benchmarks/README.md.
 */
@State(Scope.Benchmark)
@BenchmarkMode(org.openjdk.jmh.annotations.Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
public class DocumentReadBenchmark {
    /** Grants in the document; organisations, programmes, projects, calls and applications come with them. */
    @Param("200")
    public int grants;

    /**
     * How long the texts are: {@code GENERATED} (one to five words each, as the random generator writes them) or
     * {@code FIXTURE_LENGTHS} (as long as the bundled fixtures' texts of the same member, on average).
     */
    @Param({"GENERATED", "FIXTURE_LENGTHS"})
    public BenchmarkCatalogues.Texts texts = BenchmarkCatalogues.Texts.GENERATED;

    private byte[] document;
    private KichiReader kichi;
    private JsonMapper plain;
    private Schema schema;
    private Validator validator;

    /** Serialises the document once and checks that every contender reads it correctly. */
    @Setup
    public void setUp() {
        Catalogue catalogue = BenchmarkCatalogues.withGrants(grants, texts);
        document = KichiJson.writeString(catalogue).getBytes(StandardCharsets.UTF_8);
        kichi = KichiJson.reader().withMode(Mode.STRICT);
        plain = JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
        validator = Validation.byProvider(HibernateValidator.class).configure()
                .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory().getValidator();
        schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(schemaText());
        if (!kichiStrict().equals(catalogue)) {
            throw new IllegalStateException("the Kichi reader does not give back the catalogue");
        }
        if (jacksonPojoBaseline().grants.size() != grants) {
            throw new IllegalStateException("the POJO baseline lost grants");
        }
        if (validatedPojoBaseline().grants.size() != grants) {
            throw new IllegalStateException("the validated POJO baseline lost grants");
        }
        List<Error> errors = networkntSchema();
        if (!errors.isEmpty()) {
            throw new IllegalStateException("the document is not valid against the schema: " + errors);
        }
        System.out.printf("%n[document: %,d bytes, %d grants, %s texts]%n", document.length, grants, texts);
    }

    /** @return the catalogue, decoded and validated */
    @Benchmark
    public Catalogue kichiStrict() {
        return kichi.read(document); // the same byte array the baselines read
    }

    /** @return the document as POJOs, unvalidated */
    @Benchmark
    public DocumentPojo jacksonPojoBaseline() {
        return plain.readValue(document, DocumentPojo.class);
    }

    /**
     * What a Spring developer would write: databind into the annotated POJOs, Hibernate Validator over the whole
     * document (the POJOs cascade with {@code @Valid}, so every object is validated), then the references.
     *
     * @return the document as POJOs, validated
     * @throws IllegalStateException naming the problems, when there is any
     */
    @Benchmark
    public DocumentPojo validatedPojoBaseline() {
        DocumentPojo read = plain.readValue(document, DocumentPojo.class);
        Set<ConstraintViolation<DocumentPojo>> violations = validator.validate(read);
        if (!violations.isEmpty()) {
            throw new IllegalStateException("invalid document: " + violations);
        }
        List<String> problems = References.problems(read);
        if (!problems.isEmpty()) {
            throw new IllegalStateException("broken references: " + problems);
        }
        return read;
    }

    /**
     * The floor under both readers, not a contender: the same bytes tokenized by the same Jackson parser, every
     * string value decoded into a {@code String} and every number read (decimals exactly), no object built. What
     * a reader takes above this is its own work: the POJO baseline's binding, or Kichi's decoding, model and checks.
     *
     * @return a checksum of what was read, so that nothing is optimised away
     */
    @Benchmark
    public long jacksonTokensFloor() {
        long sum = 0;
        try (JsonParser p = plain.createParser(document)) {
            JsonToken token;
            while ((token = p.nextToken()) != null) {
                if (token == JsonToken.VALUE_STRING) {
                    sum += p.getString().length();
                } else if (token == JsonToken.VALUE_NUMBER_INT) {
                    sum += p.getLongValue();
                } else if (token == JsonToken.VALUE_NUMBER_FLOAT) {
                    sum += p.getDecimalValue().scale();
                } else if (token == JsonToken.PROPERTY_NAME) {
                    sum += p.currentName().length();
                }
            }
        }
        return sum;
    }

    /** @return the schema's errors on the same bytes (parsed into a tree, then validated) */
    @Benchmark
    public List<Error> networkntSchema() {
        return schema.validate(plain.readTree(document));
    }

    private static InputStream schemaText() {
        InputStream in = DocumentReadBenchmark.class.getResourceAsStream("/kg/kichi/json/kichi-document.schema.json");
        if (in == null) {
            throw new UncheckedIOException(new IOException("the schema is not on the class path"));
        }
        return in;
    }
}
