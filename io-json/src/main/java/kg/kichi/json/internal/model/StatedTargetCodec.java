package kg.kichi.json.internal.model;

import static kg.kichi.json.internal.codec.Members.member;

import java.util.Optional;
import kg.kichi.core.project.StatedTarget;
import kg.kichi.core.text.LocalizedText;
import kg.kichi.core.validation.InvalidModelException;
import kg.kichi.json.internal.codec.Codec;
import kg.kichi.json.internal.codec.Cursor;
import kg.kichi.json.internal.codec.Fields;
import kg.kichi.json.internal.codec.Members;
import kg.kichi.json.internal.codec.Members.Member;
import kg.kichi.json.internal.codec.Out;
import kg.kichi.json.internal.codec.Scalars;
import kg.kichi.json.internal.value.LocalizedTextCodec;
import tools.jackson.core.JsonGenerator;

/** {@link StatedTarget}: {@code quantity, what, approximate, statedAs}. */
public final class StatedTargetCodec implements Codec<StatedTarget> {
    /** The instance. */
    public static final StatedTargetCodec INSTANCE = new StatedTargetCodec();

    private static final Member<Long> QUANTITY = member("quantity", Scalars.LONG);
    private static final Member<LocalizedText> WHAT = member("what", LocalizedTextCodec.INSTANCE);
    private static final Member<Boolean> APPROXIMATE = member("approximate", Scalars.BOOLEAN);
    private static final Member<LocalizedText> STATED_AS = member("statedAs", LocalizedTextCodec.INSTANCE);
    private static final Members MEMBERS = Members.of(QUANTITY, WHAT, APPROXIMATE, STATED_AS);

    private StatedTargetCodec() {}

    @Override
    public StatedTarget read(Cursor in) {
        Fields f = in.object(MEMBERS);
        if (f == null) {
            return null;
        }
        Long quantity = f.require(QUANTITY);
        LocalizedText what = f.get(WHAT);
        Boolean approximate = f.get(APPROXIMATE);
        LocalizedText statedAs = f.get(STATED_AS);
        var extensions = f.extensions();
        try {
            StatedTarget.Builder b = StatedTarget.builder().quantity(quantity == null ? 0 : quantity).what(what)
                    .approximate(approximate != null && approximate).statedAs(Optional.ofNullable(statedAs));
            if (!extensions.isEmpty()) { // left unset when empty, the builder allocates no map
                b.extensions(extensions);
            }
            return f.built(b.build());
        } catch (InvalidModelException e) {
            return f.invalid(e);
        }
    }

    @Override
    public void write(StatedTarget value, JsonGenerator out) {
        out.writeStartObject();
        Out.member(out, "quantity", value.getQuantity(), Scalars.LONG);
        Out.member(out, "what", value.getWhat(), LocalizedTextCodec.INSTANCE);
        Out.member(out, "approximate", value.isApproximate(), Scalars.BOOLEAN);
        Out.optional(out, "statedAs", value.getStatedAs(), LocalizedTextCodec.INSTANCE);
        Out.extensions(out, value.getExtensions());
        out.writeEndObject();
    }
}
