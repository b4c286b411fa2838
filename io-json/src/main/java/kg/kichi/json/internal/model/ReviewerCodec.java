package kg.kichi.json.internal.model;

import static kg.kichi.json.internal.codec.Members.list;
import static kg.kichi.json.internal.codec.Members.member;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
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
import kg.kichi.core.text.LocalizedText;
import tools.jackson.core.JsonGenerator;
import kg.kichi.core.evaluation.Reviewer;
import kg.kichi.core.organisation.OrganisationId;
import kg.kichi.json.internal.value.OrganisationIdCodec;

/** {@link Reviewer}: {@code id, name, affiliations} (organisation identifiers). */
public final class ReviewerCodec implements Codec<Reviewer> {
    /** The instance. */
    public static final ReviewerCodec INSTANCE = new ReviewerCodec();

    private static final Member<String> ID = member("id", Scalars.STRING);
    private static final Member<String> NAME = member("name", Scalars.STRING);
    private static final ListMember<OrganisationId> AFFILIATIONS = list("affiliations", OrganisationIdCodec.INSTANCE);
    private static final Members MEMBERS = Members.of(ID, NAME, AFFILIATIONS);

    private ReviewerCodec() {}

    @Override
    public Reviewer read(Cursor in) {
        Fields f = in.object(MEMBERS);
        if (f == null) {
            return null;
        }
        String id = f.get(ID);
        String name = f.get(NAME);
        List<OrganisationId> affiliations = f.list(AFFILIATIONS);
        var extensions = f.extensions();
        try {
            Reviewer.Builder b = Reviewer.builder().id(id).name(Optional.ofNullable(name)).affiliations(affiliations);
            if (!extensions.isEmpty()) {
                b.extensions(extensions);
            }
            return f.built(b.build());
        } catch (InvalidModelException e) {
            return f.invalid(e);
        }
    }

    @Override
    public void write(Reviewer value, JsonGenerator out) {
        out.writeStartObject();
        Out.member(out, "id", value.getId(), Scalars.STRING);
        Out.optional(out, "name", value.getName(), Scalars.STRING);
        Out.list(out, "affiliations", value.getAffiliations(), OrganisationIdCodec.INSTANCE);
        Out.extensions(out, value.getExtensions());
        out.writeEndObject();
    }
}
