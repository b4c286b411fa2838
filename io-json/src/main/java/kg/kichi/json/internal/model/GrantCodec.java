package kg.kichi.json.internal.model;

import kg.kichi.core.grant.Grant;
import kg.kichi.json.internal.codec.Codec;
import kg.kichi.json.internal.codec.ObjectCodec;
import kg.kichi.json.internal.codec.Scalars;
import kg.kichi.json.internal.value.ClassificationCodec;
import kg.kichi.json.internal.value.DatePeriodCodec;
import kg.kichi.json.internal.value.LocalizedTextCodec;
import kg.kichi.json.internal.value.MoneyCodec;
import kg.kichi.json.internal.value.PartialDateCodec;
import kg.kichi.json.internal.value.RegionalCoverageCodec;

/** {@link Grant}. */
public final class GrantCodec {
    /** The codec: its members in the order written. */
    public static final Codec<Grant> INSTANCE = ObjectCodec.of(Grant::builder, Grant.Builder::build)
            .member("id", Scalars.STRING, Grant::getId, Grant.Builder::id)
            .member("title", LocalizedTextCodec.INSTANCE, Grant::getTitle, Grant.Builder::title)
            .optional("description", LocalizedTextCodec.INSTANCE, Grant::getDescription, Grant.Builder::description)
            .optional("call", Scalars.STRING, Grant::getCall, Grant.Builder::call)
            .optional("lot", Scalars.STRING, Grant::getLot, Grant.Builder::lot)
            .optional("application", Scalars.STRING, Grant::getApplication, Grant.Builder::application)
            .optional("project", Scalars.STRING, Grant::getProject, Grant.Builder::project)
            .optional("component", Scalars.STRING, Grant::getComponent, Grant.Builder::component)
            .member("partnership", PartnershipCodec.INSTANCE, Grant::getPartnership, Grant.Builder::partnership)
            .optional("amountAwarded", MoneyCodec.INSTANCE, Grant::getAmountAwarded, Grant.Builder::amountAwarded)
            .optional("awardDate", PartialDateCodec.INSTANCE, Grant::getAwardDate, Grant.Builder::awardDate)
            .optional("period", DatePeriodCodec.INSTANCE, Grant::getPeriod, Grant.Builder::period)
            .member("coverage", RegionalCoverageCodec.INSTANCE, Grant::getCoverage, Grant.Builder::coverage)
            .optional("status", Codes.GRANT_STATUS, Grant::getStatus, Grant.Builder::status)
            .list("targets", StatedTargetCodec.INSTANCE, Grant::getTargets, Grant.Builder::targets)
            .list("themes", ClassificationCodec.INSTANCE, Grant::getThemes, Grant.Builder::themes)
            .extensions(Grant::getExtensions, Grant.Builder::extensions);

    private GrantCodec() {}
}
