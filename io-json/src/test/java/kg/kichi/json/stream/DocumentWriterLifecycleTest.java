package kg.kichi.json.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import kg.kichi.core.organisation.LegalForm;
import kg.kichi.core.organisation.Organisation;
import kg.kichi.core.organisation.OrganisationId;
import kg.kichi.core.project.Project;
import kg.kichi.json.KichiJson;
import org.junit.jupiter.api.Test;

/**
 * The streaming writer's life: an object before {@code start} or after {@code close} is refused with what to do,
 * every method returns the writer for chaining, {@code close} ends what is open once and only once, and a writer
 * never started writes nothing.
 */
class DocumentWriterLifecycleTest {
    private static Organisation organisation() {
        return Organisation.builder().id(OrganisationId.local("a")).name(StreamingTest.text("A"))
                .legalForm(LegalForm.OTHER).build();
    }

    @Test
    void anObjectBeforeStartOrAfterCloseIsRefused() {
        DocumentWriter unstarted = KichiJson.writer(new ByteArrayOutputStream());
        assertThatThrownBy(() -> unstarted.organisation(organisation())).isInstanceOf(IllegalStateException.class)
                .hasMessage("start the document first");

        DocumentWriter closed = KichiJson.writer(new ByteArrayOutputStream()).start("d", null, null);
        closed.close();
        assertThatThrownBy(() -> closed.organisation(organisation())).isInstanceOf(IllegalStateException.class)
                .hasMessage("the document is closed");
    }

    @Test
    void aWriterNeverStartedWritesNothing() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        KichiJson.writer(bytes).close();
        assertThat(bytes.toByteArray()).isEmpty();
    }

    @Test
    void closingTwiceEndsTheDocumentOnce() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DocumentWriter out = KichiJson.writer(bytes).start("d", null, null);
        out.organisation(organisation());
        out.close();
        out.close();
        assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo("{\n"
                + "  \"formatVersion\": \"1.0\",\n"
                + "  \"id\": \"d\",\n"
                + "  \"organisations\": [\n"
                + "    {\n"
                + "      \"id\": \"XI-KICHI-a\",\n"
                + "      \"name\": {\n"
                + "        \"ky\": \"A\"\n"
                + "      },\n"
                + "      \"legalForm\": \"other\"\n"
                + "    }\n"
                + "  ]\n"
                + "}\n");
    }

    @Test
    void eachCollectionIsClosedBeforeTheNextAndTheExtensionsComeLast() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DocumentWriter out = KichiJson.writer(bytes).start("d", null, null)) {
            assertThat(out.extensions(Map.of("x-a", "[1]"))).isSameAs(out);
            assertThat(out.organisation(organisation())).isSameAs(out);
            assertThat(out.project(Project.builder().id("p1").title(StreamingTest.text("P")).build()))
                    .isSameAs(out);
            assertThat(out.project(Project.builder().id("p2").title(StreamingTest.text("Q")).build()))
                    .isSameAs(out);
        }
        assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo("{\n"
                + "  \"formatVersion\": \"1.0\",\n"
                + "  \"id\": \"d\",\n"
                + "  \"organisations\": [\n"
                + "    {\n"
                + "      \"id\": \"XI-KICHI-a\",\n"
                + "      \"name\": {\n"
                + "        \"ky\": \"A\"\n"
                + "      },\n"
                + "      \"legalForm\": \"other\"\n"
                + "    }\n"
                + "  ],\n"
                + "  \"projects\": [\n"
                + "    {\n"
                + "      \"id\": \"p1\",\n"
                + "      \"title\": {\n"
                + "        \"ky\": \"P\"\n"
                + "      },\n"
                + "      \"coverage\": {\n"
                + "        \"kind\": \"not-stated\"\n"
                + "      }\n"
                + "    },\n"
                + "    {\n"
                + "      \"id\": \"p2\",\n"
                + "      \"title\": {\n"
                + "        \"ky\": \"Q\"\n"
                + "      },\n"
                + "      \"coverage\": {\n"
                + "        \"kind\": \"not-stated\"\n"
                + "      }\n"
                + "    }\n"
                + "  ],\n"
                + "  \"x-a\": [1]\n"
                + "}\n");
    }

    @Test
    void theWholeCatalogueMethodsReturnTheWriter() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        kg.kichi.core.catalogue.Catalogue catalogue = kg.kichi.core.catalogue.Catalogue.builder().id("d")
                .addOrganisations(organisation()).build();
        DocumentWriter out = KichiJson.writer(bytes);
        assertThat(out.start(catalogue)).isSameAs(out);
        assertThat(out.objects(catalogue)).isSameAs(out);
        out.close();
        DocumentWriter other = KichiJson.writer(new ByteArrayOutputStream());
        assertThat(other.start("d", null, null)).isSameAs(other);
        assertThat(bytes.toString(StandardCharsets.UTF_8)).contains("\n  \"organisations\": [\n");
    }

    @Test
    void anEarlierCollectionAfterALaterOneNamesBoth() {
        DocumentWriter out = KichiJson.writer(new ByteArrayOutputStream()).start("d", null, null);
        out.project(Project.builder().id("p1").title(StreamingTest.text("P")).build());
        assertThatThrownBy(() -> out.organisation(organisation())).isInstanceOf(IllegalStateException.class)
                .hasMessage("organisations must be written before projects");
    }
}
