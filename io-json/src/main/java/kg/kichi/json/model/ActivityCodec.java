package kg.kichi.json.model;

import java.util.List;
import kg.kichi.core.project.Activity;
import kg.kichi.core.project.StatedTarget;
import kg.kichi.core.text.LocalizedText;
import kg.kichi.json.codec.Codec;
import kg.kichi.json.codec.Cursor;
import kg.kichi.json.codec.Fields;
import kg.kichi.json.codec.Out;
import kg.kichi.json.value.LocalizedTextCodec;
import tools.jackson.core.JsonGenerator;

/** {@link Activity} of a project: {@code description, targets}. */
public final class ActivityCodec implements Codec<Activity> {
    /** The instance. */
    public static final ActivityCodec INSTANCE = new ActivityCodec();

    private ActivityCodec() {}

    @Override
    public Activity read(Cursor in) {
        Fields f = in.object();
        if (f == null) {
            return null;
        }
        LocalizedText description = f.get("description", LocalizedTextCodec.INSTANCE);
        List<StatedTarget> targets = f.list("targets", StatedTargetCodec.INSTANCE);
        var extensions = f.extensions();
        return f.build(() -> Activity.builder().description(description).targets(targets).extensions(extensions)
                .build());
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
