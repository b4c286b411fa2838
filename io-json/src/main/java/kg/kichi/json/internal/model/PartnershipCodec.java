package kg.kichi.json.internal.model;

import static kg.kichi.json.internal.codec.Members.list;
import static kg.kichi.json.internal.codec.Members.member;

import java.util.List;
import kg.kichi.core.application.Partner;
import kg.kichi.core.application.Partnership;
import kg.kichi.core.validation.InvalidModelException;
import kg.kichi.json.internal.codec.Codec;
import kg.kichi.json.internal.codec.Cursor;
import kg.kichi.json.internal.codec.Fields;
import kg.kichi.json.internal.codec.Members;
import kg.kichi.json.internal.codec.Members.ListMember;
import kg.kichi.json.internal.codec.Members.Member;
import kg.kichi.json.internal.codec.Out;
import kg.kichi.json.internal.codec.Scalars;
import tools.jackson.core.JsonGenerator;

/**
 * {@link Partnership}: {@code {"members": [Partner, …], "partial": true}}, exactly one lead; {@code partial} is
 * written only when true (absent: the members are the whole partnership).
 */
public final class PartnershipCodec implements Codec<Partnership> {
    /** The instance. */
    public static final PartnershipCodec INSTANCE = new PartnershipCodec();

    private static final ListMember<Partner> PARTNERS = list("members", PartnerCodec.INSTANCE);
    private static final Member<Boolean> PARTIAL = member("partial", Scalars.BOOLEAN);
    private static final Members MEMBERS = Members.of(PARTNERS, PARTIAL);

    private PartnershipCodec() {}

    @Override
    public Partnership read(Cursor in) {
        Fields f = in.object(MEMBERS);
        if (f == null) {
            return null;
        }
        List<Partner> members = f.list(PARTNERS);
        Boolean partial = f.get(PARTIAL);
        var extensions = f.extensions();
        try {
            Partnership.Builder b = Partnership.builder().members(members).partial(partial != null && partial);
            if (!extensions.isEmpty()) { // left unset when empty, the builder allocates no map
                b.extensions(extensions);
            }
            return f.built(b.build());
        } catch (InvalidModelException e) {
            return f.invalid(e);
        }
    }

    @Override
    public void write(Partnership value, JsonGenerator out) {
        out.writeStartObject();
        Out.list(out, "members", value.getMembers(), PartnerCodec.INSTANCE);
        if (value.isPartial()) { // false is the default: the members are the whole partnership
            Out.member(out, "partial", true, Scalars.BOOLEAN);
        }
        Out.extensions(out, value.getExtensions());
        out.writeEndObject();
    }
}
