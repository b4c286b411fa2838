package kg.kichi.json;

import kg.kichi.core.application.Application;
import kg.kichi.core.application.Partner;
import kg.kichi.core.application.Partnership;
import kg.kichi.core.application.StatusChange;
import kg.kichi.core.call.CallForProposals;
import kg.kichi.core.call.CallResults;
import kg.kichi.core.call.Lot;
import kg.kichi.core.catalogue.Catalogue;
import kg.kichi.core.classification.Classification;
import kg.kichi.core.geo.RegionalCoverage;
import kg.kichi.core.geo.UnitRef;
import kg.kichi.core.grant.Grant;
import kg.kichi.core.money.Money;
import kg.kichi.core.money.MoneyRange;
import kg.kichi.core.organisation.Organisation;
import kg.kichi.core.organisation.OrganisationId;
import kg.kichi.core.programme.DonorProgramme;
import kg.kichi.core.project.Activity;
import kg.kichi.core.project.Participation;
import kg.kichi.core.project.Project;
import kg.kichi.core.project.StatedTarget;
import kg.kichi.core.text.LocalizedText;
import kg.kichi.core.time.DatePeriod;
import kg.kichi.core.time.MonthRange;
import kg.kichi.core.time.PartialDate;
import kg.kichi.json.internal.codec.Codec;
import kg.kichi.json.internal.codec.CodecDeserializer;
import kg.kichi.json.internal.codec.CodecSerializer;
import kg.kichi.json.internal.model.ActivityCodec;
import kg.kichi.json.internal.model.ApplicationCodec;
import kg.kichi.json.internal.model.CallForProposalsCodec;
import kg.kichi.json.internal.model.CallResultsCodec;
import kg.kichi.json.internal.model.CatalogueCodec;
import kg.kichi.json.internal.model.DonorProgrammeCodec;
import kg.kichi.json.internal.model.GrantCodec;
import kg.kichi.json.internal.model.LotCodec;
import kg.kichi.json.internal.model.OrganisationCodec;
import kg.kichi.json.internal.model.ParticipationCodec;
import kg.kichi.json.internal.model.PartnerCodec;
import kg.kichi.json.internal.model.PartnershipCodec;
import kg.kichi.json.internal.model.ProjectCodec;
import kg.kichi.json.internal.model.StatedTargetCodec;
import kg.kichi.json.internal.model.StatusChangeCodec;
import kg.kichi.json.internal.value.ClassificationCodec;
import kg.kichi.json.internal.value.DatePeriodCodec;
import kg.kichi.json.internal.value.LocalizedTextCodec;
import kg.kichi.json.internal.value.MoneyCodec;
import kg.kichi.json.internal.value.MoneyRangeCodec;
import kg.kichi.json.internal.value.MonthRangeCodec;
import kg.kichi.json.internal.value.OrganisationIdCodec;
import kg.kichi.json.internal.value.PartialDateCodec;
import kg.kichi.json.internal.value.RegionalCoverageCodec;
import kg.kichi.json.internal.value.UnitRefCodec;
import tools.jackson.core.Version;
import tools.jackson.databind.module.SimpleModule;

/**
 * The Jackson 3 module of the Kichi model, in the style of {@code JavaTimeModule}: register it (or let
 * {@code JsonMapper.builder().findAndAddModules()} find it through {@link java.util.ServiceLoader}) and every type
 * of the model reads and writes in the Kichi JSON format, version 1.0 ({@code docs/json-format.md}).
 *
 * <h2>The format, in short</h2>
 * <ul>
 *   <li>Members are camelCase and written in a fixed order; absent optionals and empty collections are not
 *       written; {@code null} is never written and rejected on reading ({@code kichi.json.null}).</li>
 *   <li>{@link Money}: {@code {"amount": 1500000.00, "currency": "KGS"}}, the amount exact (read from the number's
 *       text as a {@code BigDecimal}, scale kept, written plain, never through {@code double}).</li>
 *   <li>{@link LocalizedText}: {@code {"en": …, "ky": …, "ru": …}}, keys sorted.</li>
 *   <li>{@link PartialDate}: ISO 8601 at its precision ({@code "2019"}, {@code "2021-02"}, {@code "2018-03-03"});
 *       {@code OffsetDateTime}: ISO 8601 with offset.</li>
 *   <li>{@link OrganisationId}: {@code "KG-INN-…"}; {@link UnitRef}: {@code "iso3166-2:KG-N"}; enums: their
 *       lower-kebab codes; {@link RegionalCoverage}: an object with {@code kind}, always written.</li>
 *   <li>{@link Catalogue}: the document envelope with {@code formatVersion}, {@code id}, {@code title},
 *       {@code publisher} and the six collections.</li>
 * </ul>
 *
 * <h2>Design</h2>
 * Every type has a hand-written, stateless {@link Codec} (packages {@code kg.kichi.json.internal.value} and
 * {@code kg.kichi.json.internal.model}) that reads through the model's public builders and factories; mix-ins on the
 * generated Immutables types would need their private constructors opened to Jackson, which a module path
 * forbids. Decoding never throws half-way: each codec reports every problem with its JSON Pointer and goes on;
 * a deserializer then throws all of them at once in an {@link InvalidDocumentException}. Nothing in the input
 * chooses a Java type (no polymorphic typing). For whole documents with limits, streaming and all problems,
 * prefer {@link KichiJson}.
 */
public final class KichiModule extends SimpleModule {
    private static final long serialVersionUID = 1L;

    /** Reads strictly: unknown members are errors. */
    public KichiModule() {
        this(Mode.STRICT);
    }

    /** @param mode whether unknown members are errors or kept as extensions */
    public KichiModule(Mode mode) {
        super("KichiModule", new Version(0, 1, 0, "SNAPSHOT", "kg.kichi", "kichi-io-json"));
        add(LocalizedText.class, LocalizedTextCodec.INSTANCE, mode);
        add(Money.class, MoneyCodec.INSTANCE, mode);
        add(MoneyRange.class, MoneyRangeCodec.INSTANCE, mode);
        add(PartialDate.class, PartialDateCodec.INSTANCE, mode);
        add(DatePeriod.class, DatePeriodCodec.INSTANCE, mode);
        add(MonthRange.class, MonthRangeCodec.INSTANCE, mode);
        add(OrganisationId.class, OrganisationIdCodec.INSTANCE, mode);
        add(UnitRef.class, UnitRefCodec.INSTANCE, mode);
        add(Classification.class, ClassificationCodec.INSTANCE, mode);
        add(RegionalCoverage.class, RegionalCoverageCodec.INSTANCE, mode);
        add(Organisation.class, OrganisationCodec.INSTANCE, mode);
        add(DonorProgramme.class, DonorProgrammeCodec.INSTANCE, mode);
        add(Participation.class, ParticipationCodec.INSTANCE, mode);
        add(StatedTarget.class, StatedTargetCodec.INSTANCE, mode);
        add(Activity.class, ActivityCodec.INSTANCE, mode);
        add(Project.class, ProjectCodec.INSTANCE, mode);
        add(Lot.class, LotCodec.INSTANCE, mode);
        add(CallResults.class, CallResultsCodec.INSTANCE, mode);
        add(CallForProposals.class, CallForProposalsCodec.INSTANCE, mode);
        add(Partner.class, PartnerCodec.INSTANCE, mode);
        add(Partnership.class, PartnershipCodec.INSTANCE, mode);
        add(StatusChange.class, StatusChangeCodec.INSTANCE, mode);
        add(Application.class, ApplicationCodec.INSTANCE, mode);
        add(Grant.class, GrantCodec.INSTANCE, mode);
        add(kg.kichi.core.evaluation.Scale.class, kg.kichi.json.internal.model.ScaleCodec.INSTANCE, mode);
        add(kg.kichi.core.evaluation.Criterion.class, kg.kichi.json.internal.model.CriterionCodec.INSTANCE, mode);
        add(kg.kichi.core.evaluation.Section.class, kg.kichi.json.internal.model.GridSectionCodec.INSTANCE, mode);
        add(kg.kichi.core.evaluation.Stage.class, kg.kichi.json.internal.model.StageCodec.INSTANCE, mode);
        add(kg.kichi.core.evaluation.EvaluationGrid.class, kg.kichi.json.internal.model.EvaluationGridCodec.INSTANCE, mode);
        add(kg.kichi.core.evaluation.RegionalQuota.class, kg.kichi.json.internal.model.RegionalQuotaCodec.INSTANCE, mode);
        add(kg.kichi.core.evaluation.SelectionPolicy.class, kg.kichi.json.internal.model.SelectionPolicyCodec.INSTANCE, mode);
        add(kg.kichi.core.evaluation.Reviewer.class, kg.kichi.json.internal.model.ReviewerCodec.INSTANCE, mode);
        add(kg.kichi.core.evaluation.Score.class, kg.kichi.json.internal.model.ScoreCodec.INSTANCE, mode);
        add(kg.kichi.core.evaluation.Review.class, kg.kichi.json.internal.model.ReviewCodec.INSTANCE, mode);
        add(Catalogue.class, CatalogueCodec.INSTANCE, mode);
    }

    private <T> void add(Class<T> type, Codec<T> codec, Mode mode) {
        addSerializer(type, new CodecSerializer<>(type, codec));
        addDeserializer(type, new CodecDeserializer<>(type, codec, mode));
    }
}
