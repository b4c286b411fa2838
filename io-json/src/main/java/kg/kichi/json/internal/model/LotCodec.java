package kg.kichi.json.internal.model;

import static kg.kichi.json.internal.codec.Members.list;
import static kg.kichi.json.internal.codec.Members.member;

import java.util.List;
import java.util.Optional;
import kg.kichi.core.call.Lot;
import kg.kichi.core.money.Money;
import kg.kichi.core.money.MoneyRange;
import kg.kichi.core.organisation.LegalForm;
import kg.kichi.core.text.LocalizedText;
import kg.kichi.core.validation.InvalidModelException;
import kg.kichi.json.internal.codec.Codec;
import kg.kichi.json.internal.codec.Cursor;
import kg.kichi.json.internal.codec.Fields;
import kg.kichi.json.internal.codec.Members;
import kg.kichi.json.internal.codec.Members.ListMember;
import kg.kichi.json.internal.codec.Members.Member;
import kg.kichi.json.internal.codec.Out;
import kg.kichi.json.internal.codec.Scalars;
import kg.kichi.json.internal.value.LocalizedTextCodec;
import kg.kichi.json.internal.value.MoneyCodec;
import kg.kichi.json.internal.value.MoneyRangeCodec;
import tools.jackson.core.JsonGenerator;

/** {@link Lot} of a call: {@code id, title, plannedGrants, envelope, grantSize, eligibleLegalForms, selectionPolicy}. */
public final class LotCodec implements Codec<Lot> {
    /** The instance. */
    public static final LotCodec INSTANCE = new LotCodec();

    private static final Member<String> ID = member("id", Scalars.STRING);
    private static final Member<LocalizedText> TITLE = member("title", LocalizedTextCodec.INSTANCE);
    private static final Member<Integer> PLANNED_GRANTS = member("plannedGrants", Scalars.INTEGER);
    private static final Member<Money> ENVELOPE = member("envelope", MoneyCodec.INSTANCE);
    private static final Member<MoneyRange> GRANT_SIZE = member("grantSize", MoneyRangeCodec.INSTANCE);
    private static final ListMember<LegalForm> ELIGIBLE_LEGAL_FORMS = list("eligibleLegalForms", Codes.LEGAL_FORM);
    private static final Member<kg.kichi.core.evaluation.SelectionPolicy> POLICY =
            member("selectionPolicy", SelectionPolicyCodec.INSTANCE);
    private static final Members MEMBERS = Members.of(ID, TITLE, PLANNED_GRANTS, ENVELOPE, GRANT_SIZE,
            ELIGIBLE_LEGAL_FORMS, POLICY);

    private LotCodec() {}

    @Override
    public Lot read(Cursor in) {
        Fields f = in.object(MEMBERS);
        if (f == null) {
            return null;
        }
        String id = f.get(ID);
        LocalizedText title = f.get(TITLE);
        Integer plannedGrants = f.get(PLANNED_GRANTS);
        Money envelope = f.get(ENVELOPE);
        MoneyRange grantSize = f.get(GRANT_SIZE);
        List<LegalForm> forms = f.list(ELIGIBLE_LEGAL_FORMS);
        kg.kichi.core.evaluation.SelectionPolicy policy = f.get(POLICY);
        var extensions = f.extensions();
        try {
            Lot.Builder b = Lot.builder().id(id).title(title).plannedGrants(Optional.ofNullable(plannedGrants))
                    .envelope(Optional.ofNullable(envelope)).grantSize(Optional.ofNullable(grantSize))
                    .eligibleLegalForms(forms).selectionPolicy(Optional.ofNullable(policy));
            if (!extensions.isEmpty()) { // left unset when empty, the builder allocates no map
                b.extensions(extensions);
            }
            return f.built(b.build());
        } catch (InvalidModelException e) {
            return f.invalid(e);
        }
    }

    @Override
    public void write(Lot value, JsonGenerator out) {
        out.writeStartObject();
        Out.member(out, "id", value.getId(), Scalars.STRING);
        Out.member(out, "title", value.getTitle(), LocalizedTextCodec.INSTANCE);
        Out.optional(out, "plannedGrants", value.getPlannedGrants(), Scalars.INTEGER);
        Out.optional(out, "envelope", value.getEnvelope(), MoneyCodec.INSTANCE);
        Out.optional(out, "grantSize", value.getGrantSize(), MoneyRangeCodec.INSTANCE);
        Out.list(out, "eligibleLegalForms", value.getEligibleLegalForms(), Codes.LEGAL_FORM);
        Out.optional(out, "selectionPolicy", value.getSelectionPolicy(), SelectionPolicyCodec.INSTANCE);
        Out.extensions(out, value.getExtensions());
        out.writeEndObject();
    }
}
