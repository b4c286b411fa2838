package kg.kichi.json.internal.model;

import static kg.kichi.json.internal.codec.Members.list;
import static kg.kichi.json.internal.codec.Members.member;

import java.util.List;
import java.util.Optional;
import kg.kichi.core.organisation.LegalForm;
import kg.kichi.core.project.GrantComponent;
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
import tools.jackson.core.JsonGenerator;

/** {@link GrantComponent} of a project: {@code id, title, plannedGrants, awardedGrants, recipientForms}. */
public final class GrantComponentCodec implements Codec<GrantComponent> {
    /** The instance. */
    public static final GrantComponentCodec INSTANCE = new GrantComponentCodec();

    private static final Member<String> ID = member("id", Scalars.STRING);
    private static final Member<LocalizedText> TITLE = member("title", LocalizedTextCodec.INSTANCE);
    private static final Member<Integer> PLANNED_GRANTS = member("plannedGrants", Scalars.INTEGER);
    private static final Member<Integer> AWARDED_GRANTS = member("awardedGrants", Scalars.INTEGER);
    private static final ListMember<LegalForm> RECIPIENT_FORMS = list("recipientForms", Codes.LEGAL_FORM);
    private static final Members MEMBERS = Members.of(ID, TITLE, PLANNED_GRANTS, AWARDED_GRANTS, RECIPIENT_FORMS);

    private GrantComponentCodec() {}

    @Override
    public GrantComponent read(Cursor in) {
        Fields f = in.object(MEMBERS);
        if (f == null) {
            return null;
        }
        String id = f.get(ID);
        LocalizedText title = f.get(TITLE);
        Integer planned = f.get(PLANNED_GRANTS);
        Integer awarded = f.get(AWARDED_GRANTS);
        List<LegalForm> forms = f.list(RECIPIENT_FORMS);
        var extensions = f.extensions();
        try {
            GrantComponent.Builder b = GrantComponent.builder().id(id).title(title)
                    .plannedGrants(Optional.ofNullable(planned)).awardedGrants(Optional.ofNullable(awarded))
                    .recipientForms(forms);
            if (!extensions.isEmpty()) { // left unset when empty, the builder allocates no map
                b.extensions(extensions);
            }
            return f.built(b.build());
        } catch (InvalidModelException e) {
            return f.invalid(e);
        }
    }

    @Override
    public void write(GrantComponent value, JsonGenerator out) {
        out.writeStartObject();
        Out.member(out, "id", value.getId(), Scalars.STRING);
        Out.member(out, "title", value.getTitle(), LocalizedTextCodec.INSTANCE);
        Out.optional(out, "plannedGrants", value.getPlannedGrants(), Scalars.INTEGER);
        Out.optional(out, "awardedGrants", value.getAwardedGrants(), Scalars.INTEGER);
        Out.list(out, "recipientForms", value.getRecipientForms(), Codes.LEGAL_FORM);
        Out.extensions(out, value.getExtensions());
        out.writeEndObject();
    }
}
