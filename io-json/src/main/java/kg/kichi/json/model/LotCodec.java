package kg.kichi.json.model;

import static kg.kichi.json.codec.Members.list;
import static kg.kichi.json.codec.Members.member;

import java.util.List;
import java.util.Optional;
import kg.kichi.core.call.Lot;
import kg.kichi.core.money.Money;
import kg.kichi.core.money.MoneyRange;
import kg.kichi.core.organisation.LegalForm;
import kg.kichi.core.text.LocalizedText;
import kg.kichi.core.validation.InvalidModelException;
import kg.kichi.json.codec.Codec;
import kg.kichi.json.codec.Cursor;
import kg.kichi.json.codec.Fields;
import kg.kichi.json.codec.Members;
import kg.kichi.json.codec.Out;
import kg.kichi.json.codec.Scalars;
import kg.kichi.json.value.LocalizedTextCodec;
import kg.kichi.json.value.MoneyCodec;
import kg.kichi.json.value.MoneyRangeCodec;
import tools.jackson.core.JsonGenerator;

/** {@link Lot} of a call: {@code id, title, plannedGrants, envelope, grantSize, eligibleLegalForms}. */
public final class LotCodec implements Codec<Lot> {
    /** The instance. */
    public static final LotCodec INSTANCE = new LotCodec();

    private static final Members MEMBERS = Members.of(member("id", Scalars.STRING),
            member("title", LocalizedTextCodec.INSTANCE), member("plannedGrants", Scalars.INTEGER),
            member("envelope", MoneyCodec.INSTANCE), member("grantSize", MoneyRangeCodec.INSTANCE),
            list("eligibleLegalForms", Codes.LEGAL_FORM));

    private LotCodec() {}

    @Override
    public Lot read(Cursor in) {
        Fields f = in.object(MEMBERS);
        if (f == null) {
            return null;
        }
        String id = f.get("id", Scalars.STRING);
        LocalizedText title = f.get("title", LocalizedTextCodec.INSTANCE);
        Integer plannedGrants = f.get("plannedGrants", Scalars.INTEGER);
        Money envelope = f.get("envelope", MoneyCodec.INSTANCE);
        MoneyRange grantSize = f.get("grantSize", MoneyRangeCodec.INSTANCE);
        List<LegalForm> forms = f.list("eligibleLegalForms", Codes.LEGAL_FORM);
        var extensions = f.extensions();
        try {
            return f.built(Lot.builder().id(id).title(title).plannedGrants(Optional.ofNullable(plannedGrants))
                    .envelope(Optional.ofNullable(envelope)).grantSize(Optional.ofNullable(grantSize))
                    .eligibleLegalForms(forms).extensions(extensions).build());
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
        Out.extensions(out, value.getExtensions());
        out.writeEndObject();
    }
}
