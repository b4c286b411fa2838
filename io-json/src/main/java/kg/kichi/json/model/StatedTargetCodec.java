package kg.kichi.json.model;

import static kg.kichi.json.codec.Members.member;

import java.util.Optional;
import kg.kichi.core.project.StatedTarget;
import kg.kichi.core.text.LocalizedText;
import kg.kichi.core.validation.InvalidModelException;
import kg.kichi.json.codec.Codec;
import kg.kichi.json.codec.Cursor;
import kg.kichi.json.codec.Fields;
import kg.kichi.json.codec.Members;
import kg.kichi.json.codec.Out;
import kg.kichi.json.codec.Scalars;
import kg.kichi.json.value.LocalizedTextCodec;
import tools.jackson.core.JsonGenerator;

/** {@link StatedTarget}: {@code quantity, what, approximate, statedAs}. */
public final class StatedTargetCodec implements Codec<StatedTarget> {
    /** The instance. */
    public static final StatedTargetCodec INSTANCE = new StatedTargetCodec();

    private static final Members MEMBERS = Members.of(member("quantity", Scalars.LONG),
            member("what", LocalizedTextCodec.INSTANCE), member("approximate", Scalars.BOOLEAN),
            member("statedAs", LocalizedTextCodec.INSTANCE));

    private StatedTargetCodec() {}

    @Override
    public StatedTarget read(Cursor in) {
        Fields f = in.object(MEMBERS);
        if (f == null) {
            return null;
        }
        Long quantity = f.require("quantity", Scalars.LONG);
        LocalizedText what = f.get("what", LocalizedTextCodec.INSTANCE);
        Boolean approximate = f.get("approximate", Scalars.BOOLEAN);
        LocalizedText statedAs = f.get("statedAs", LocalizedTextCodec.INSTANCE);
        var extensions = f.extensions();
        try {
            return f.built(StatedTarget.builder().quantity(quantity == null ? 0 : quantity).what(what)
                    .approximate(approximate != null && approximate).statedAs(Optional.ofNullable(statedAs))
                    .extensions(extensions).build());
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
