package kg.kichi.json.internal.model;

import static kg.kichi.json.internal.codec.CodecTesting.read;
import static kg.kichi.json.internal.codec.CodecTesting.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Stream;
import kg.kichi.core.catalogue.Catalogue;
import kg.kichi.core.organisation.LegalForm;
import kg.kichi.core.organisation.Organisation;
import kg.kichi.core.organisation.OrganisationId;
import kg.kichi.core.testing.RandomCatalogues;
import kg.kichi.core.text.LocalizedText;
import kg.kichi.json.DocumentProblem;
import kg.kichi.json.Mode;
import kg.kichi.json.internal.codec.Codec;
import kg.kichi.json.stream.Section;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ModelCodecsTest {
    static Stream<Arguments> everyObjectOfSomeCatalogues() {
        List<Catalogue> catalogues = Stream.iterate(0L, s -> s + 1).limit(40).map(RandomCatalogues::catalogue).toList();
        return Stream.of(
                arguments("organisation", OrganisationCodec.INSTANCE, catalogues, Catalogue::getOrganisations),
                arguments("programme", DonorProgrammeCodec.INSTANCE, catalogues, Catalogue::getProgrammes),
                arguments("project", ProjectCodec.INSTANCE, catalogues, Catalogue::getProjects),
                arguments("call", CallForProposalsCodec.INSTANCE, catalogues, Catalogue::getCalls),
                arguments("application", ApplicationCodec.INSTANCE, catalogues, Catalogue::getApplications),
                arguments("grant", GrantCodec.INSTANCE, catalogues, Catalogue::getGrants));
    }

    static <T> Arguments arguments(String name, Codec<T> codec, List<Catalogue> catalogues,
            Function<Catalogue, List<T>> items) {
        return Arguments.of(name, codec, catalogues.stream().flatMap(c -> items.apply(c).stream()).toList());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyObjectOfSomeCatalogues")
    <T> void everyObjectRoundTrips(String name, Codec<T> codec, List<T> objects) {
        assertThat(objects).isNotEmpty();
        for (T object : objects) {
            String json = write(codec, object);
            var result = read(codec, json);
            assertThat(result.problems()).isEmpty();
            assertThat(result.value()).isEqualTo(object);
            assertThat(write(codec, result.value())).isEqualTo(json);
        }
    }

    @Test
    void organisationMembersInTheDocumentedOrder() {
        Organisation o = Organisation.builder().id(OrganisationId.local("naryn-edc"))
                .name(LocalizedText.of("ky", "Нарын")).addAcronym("НӨБ").legalForm(LegalForm.PUBLIC_FOUNDATION)
                .putExtension("website", "\"https://naryn.kg\"").build();
        assertThat(write(OrganisationCodec.INSTANCE, o)).isEqualTo("{\"id\":\"XI-KICHI-naryn-edc\","
                + "\"name\":{\"ky\":\"Нарын\"},\"acronyms\":[\"НӨБ\"],\"legalForm\":\"public-foundation\","
                + "\"website\":\"https://naryn.kg\"}");
        assertThat(write(OrganisationCodec.INSTANCE, Organisation.builder().from(o).nonProfit(false).build()))
                .as("a stated status is written, false included")
                .contains("\"legalForm\":\"public-foundation\",\"nonProfit\":false,");
    }

    @Test
    void absentNonProfitIsNotStated() {
        Organisation read = read(OrganisationCodec.INSTANCE,
                "{\"id\":\"XI-KICHI-a\",\"name\":{\"en\":\"A\"},\"legalForm\":\"public-foundation\"}").value();
        assertThat(read.getNonProfit()).as("absent is not stated, whatever the form").isEmpty();
        assertThat(read.isTypicallyNonProfit()).isTrue();
        assertThat(read(OrganisationCodec.INSTANCE, "{\"id\":\"XI-KICHI-a\",\"name\":{\"en\":\"A\"},"
                + "\"legalForm\":\"public-foundation\",\"nonProfit\":false}").value().getNonProfit()).contains(false);
    }

    @Test
    void strictRejectsAndLenientKeepsUnknownMembers() {
        String json = "{\"organisation\":\"XI-KICHI-a\",\"role\":\"lead\",\"share\":{\"pct\":[1.50,true]}}";
        assertThat(read(PartnerCodec.INSTANCE, json).problems())
                .extracting(DocumentProblem::getPointer, DocumentProblem::getCode)
                .containsExactly(tuple("/share", "kichi.json.unknownMember"));
        var lenient = read(PartnerCodec.INSTANCE, json, Mode.LENIENT);
        assertThat(lenient.value().getExtensions()).containsExactly(java.util.Map.entry("share", "{\"pct\":[1.50,true]}"));
        assertThat(write(PartnerCodec.INSTANCE, lenient.value())).isEqualTo(json);
    }

    @Test
    void problemsOfNestedObjectsCarryTheirPointersAndDoNotRepeat() {
        var result = read(GrantCodec.INSTANCE, "{\"id\":\"g1\",\"title\":{\"en\":\"G\"},\"call\":\"c1\","
                + "\"partnership\":{\"members\":[{\"organisation\":\"XI-KICHI-a\",\"role\":\"boss\"}]},"
                + "\"targets\":[{\"what\":{\"en\":\"people\"}}],\"amountAwarded\":{\"amount\":0,\"currency\":\"KGS\"}}");
        assertThat(result.value()).isNull();
        assertThat(result.problems()).extracting(DocumentProblem::getPointer, DocumentProblem::getCode)
                .containsExactlyInAnyOrder(tuple("/partnership/members/0/role", "kichi.json.code"),
                        tuple("/targets/0/quantity", "kichi.required"),
                        tuple("/amountAwarded", "kichi.money.positive"));
    }

    @Test
    void aPartialPartnershipSaysSoAndAWholeOneWritesNothing() {
        String partial = "{\"members\":[{\"organisation\":\"XI-KICHI-a\",\"role\":\"lead\"}],\"partial\":true}";
        var read = read(PartnershipCodec.INSTANCE, partial);
        assertThat(read.problems()).isEmpty();
        assertThat(read.value().isPartial()).isTrue();
        assertThat(write(PartnershipCodec.INSTANCE, read.value())).isEqualTo(partial);
        String whole = "{\"members\":[{\"organisation\":\"XI-KICHI-a\",\"role\":\"lead\"}]}";
        assertThat(read(PartnershipCodec.INSTANCE, whole).value().isPartial()).isFalse();
        assertThat(write(PartnershipCodec.INSTANCE, read(PartnershipCodec.INSTANCE, whole).value())).isEqualTo(whole);
        assertThat(write(PartnershipCodec.INSTANCE, read(PartnershipCodec.INSTANCE,
                "{\"members\":[{\"organisation\":\"XI-KICHI-a\",\"role\":\"lead\"}],\"partial\":false}").value()))
                .isEqualTo(whole);
        assertThat(read(PartnershipCodec.INSTANCE,
                "{\"members\":[{\"organisation\":\"XI-KICHI-a\",\"role\":\"lead\"}],\"partial\":\"yes\"}")
                .problems()).extracting(DocumentProblem::getPointer).containsExactly("/partial");
    }

    @Test
    void statusHistoryFollowsLegalTransitions() {
        var result = read(StatusChangeCodec.INSTANCE, "{\"status\":\"under-evaluation\",\"on\":\"2021-05\"}");
        assertThat(result.problems()).isEmpty();
        assertThat(write(StatusChangeCodec.INSTANCE, result.value()))
                .isEqualTo("{\"status\":\"under-evaluation\",\"on\":\"2021-05\"}");
        assertThat(read(ApplicationCodec.INSTANCE, "{\"id\":\"a\",\"call\":\"c\",\"title\":{\"en\":\"t\"},"
                + "\"partnership\":{\"members\":[{\"organisation\":\"XI-KICHI-a\",\"role\":\"lead\"}]},"
                + "\"statusHistory\":[{\"status\":\"draft\"},{\"status\":\"awarded\"}]}").problems())
                .extracting(DocumentProblem::getPointer, DocumentProblem::getCode)
                .containsExactly(tuple("/statusHistory/1/status", "kichi.application.transition"));
    }

    @Test
    void sectionsAreInTheWrittenOrder() {
        assertThat(Stream.of(Section.values()).map(Section::member)).containsExactly("organisations", "programmes",
                "projects", "calls", "applications", "grants", "reviewers", "reviews");
        assertThat(Section.byMember("lots")).isNull();
        assertThat(new Random(1).nextInt(1)).isZero();
    }
}
