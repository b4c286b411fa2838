package kg.kichi.json.internal.model;

import kg.kichi.core.call.Lot;
import kg.kichi.json.internal.codec.Codec;
import kg.kichi.json.internal.codec.ObjectCodec;
import kg.kichi.json.internal.codec.Scalars;
import kg.kichi.json.internal.value.LocalizedTextCodec;
import kg.kichi.json.internal.value.MoneyCodec;
import kg.kichi.json.internal.value.MoneyRangeCodec;

/** {@link Lot} of a call. */
public final class LotCodec {
    /** The codec: its members in the order written. */
    public static final Codec<Lot> INSTANCE = ObjectCodec.of(Lot::builder, Lot.Builder::build)
            .member("id", Scalars.STRING, Lot::getId, Lot.Builder::id)
            .member("title", LocalizedTextCodec.INSTANCE, Lot::getTitle, Lot.Builder::title)
            .optional("plannedGrants", Scalars.INTEGER, Lot::getPlannedGrants, Lot.Builder::plannedGrants)
            .optional("envelope", MoneyCodec.INSTANCE, Lot::getEnvelope, Lot.Builder::envelope)
            .optional("grantSize", MoneyRangeCodec.INSTANCE, Lot::getGrantSize, Lot.Builder::grantSize)
            .list("eligibleLegalForms", Codes.LEGAL_FORM, Lot::getEligibleLegalForms, Lot.Builder::eligibleLegalForms)
            .optional("selectionPolicy", SelectionPolicyCodec.INSTANCE, Lot::getSelectionPolicy,
                    Lot.Builder::selectionPolicy)
            .extensions(Lot::getExtensions, Lot.Builder::extensions);

    private LotCodec() {}
}
