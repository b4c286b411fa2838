package kg.kichi.json.internal.model;

import static kg.kichi.json.internal.codec.Members.list;
import static kg.kichi.json.internal.codec.Members.member;

import java.util.List;
import kg.kichi.core.project.Activity;
import kg.kichi.core.project.StatedTarget;
import kg.kichi.core.text.LocalizedText;
import kg.kichi.core.validation.InvalidModelException;
import kg.kichi.json.internal.codec.Codec;
import kg.kichi.json.internal.codec.Cursor;
import kg.kichi.json.internal.codec.Fields;
import kg.kichi.json.internal.codec.Members;
import kg.kichi.json.internal.codec.Members.ListMember;
import kg.kichi.json.internal.codec.Members.Member;
import kg.kichi.json.internal.codec.Out;
import kg.kichi.json.internal.value.LocalizedTextCodec;
import tools.jackson.core.JsonGenerator;

/** {@link Activity} of a project: {@code description, targets}. */
public final class ActivityCodec implements Codec<Activity> {
    /** The instance. */
    public static final ActivityCodec INSTANCE = new ActivityCodec();

    private static final Member<LocalizedText> DESCRIPTION = member("description", LocalizedTextCodec.INSTANCE);
    private static final ListMember<StatedTarget> TARGETS = list("targets", StatedTargetCodec.INSTANCE);
    private static final Members MEMBERS = Members.of(DESCRIPTION, TARGETS);

    private ActivityCodec() {}

    @Override
    public Activity read(Cursor in) {
        Fields f = in.object(MEMBERS);
        if (f == null) {
            return null;
        }
        LocalizedText description = f.get(DESCRIPTION);
        List<StatedTarget> targets = f.list(TARGETS);
        var extensions = f.extensions();
        try {
            Activity.Builder b = Activity.builder().description(description).targets(targets);
            if (!extensions.isEmpty()) { // left unset when empty, the builder allocates no map
                b.extensions(extensions);
            }
            return f.built(b.build());
        } catch (InvalidModelException e) {
            return f.invalid(e);
        }
    }

    @Override
    public void write(Activity value, JsonGenerator out) {
        out.writeStartObject();
        Out.member(out, "description", value.getDescription(), LocalizedTextCodec.INSTANCE);
        Out.list(out, "targets", value.getTargets(), StatedTargetCodec.INSTANCE);
        Out.extensions(out, value.getExtensions());
        out.writeEndObject();
    }
}
