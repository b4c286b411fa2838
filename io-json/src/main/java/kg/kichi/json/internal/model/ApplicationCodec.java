package kg.kichi.json.internal.model;

import kg.kichi.core.application.Application;
import kg.kichi.json.internal.codec.Codec;
import kg.kichi.json.internal.codec.ObjectCodec;
import kg.kichi.json.internal.codec.Scalars;
import kg.kichi.json.internal.value.DatePeriodCodec;
import kg.kichi.json.internal.value.LocalizedTextCodec;
import kg.kichi.json.internal.value.MoneyCodec;
import kg.kichi.json.internal.value.RegionalCoverageCodec;

/** {@link Application}. */
public final class ApplicationCodec {
    /** The codec: its members in the order written. */
    public static final Codec<Application> INSTANCE = ObjectCodec.of(Application::builder, Application.Builder::build)
            .member("id", Scalars.STRING, Application::getId, Application.Builder::id)
            .member("call", Scalars.STRING, Application::getCall, Application.Builder::call)
            .optional("lot", Scalars.STRING, Application::getLot, Application.Builder::lot)
            .member("partnership", PartnershipCodec.INSTANCE, Application::getPartnership,
                    Application.Builder::partnership)
            .member("title", LocalizedTextCodec.INSTANCE, Application::getTitle, Application.Builder::title)
            .optional("summary", LocalizedTextCodec.INSTANCE, Application::getSummary, Application.Builder::summary)
            .member("coverage", RegionalCoverageCodec.INSTANCE, Application::getCoverage, Application.Builder::coverage)
            .optional("requestedAmount", MoneyCodec.INSTANCE, Application::getRequestedAmount,
                    Application.Builder::requestedAmount)
            .optional("coFinancing", MoneyCodec.INSTANCE, Application::getCoFinancing, Application.Builder::coFinancing)
            .optional("budget", BudgetCodec.INSTANCE, Application::getBudget, Application.Builder::budget)
            .list("documents", Scalars.STRING, Application::getDocuments, Application.Builder::documents)
            .list("declarations", Scalars.STRING, Application::getDeclarations, Application.Builder::declarations)
            .list("exclusionSituations", Scalars.STRING, Application::getExclusionSituations,
                    Application.Builder::exclusionSituations)
            .optional("plannedPeriod", DatePeriodCodec.INSTANCE, Application::getPlannedPeriod,
                    Application.Builder::plannedPeriod)
            .optional("plannedDurationMonths", Scalars.INTEGER, Application::getPlannedDurationMonths,
                    Application.Builder::plannedDurationMonths)
            .optional("submittedAt", Scalars.OFFSET_DATE_TIME, Application::getSubmittedAt,
                    Application.Builder::submittedAt)
            .list("statusHistory", StatusChangeCodec.INSTANCE, Application::getStatusHistory,
                    Application.Builder::statusHistory)
            .extensions(Application::getExtensions, Application.Builder::extensions);

    private ApplicationCodec() {}
}
