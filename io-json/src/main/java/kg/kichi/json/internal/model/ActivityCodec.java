package kg.kichi.json.internal.model;

import kg.kichi.core.project.Activity;
import kg.kichi.json.internal.codec.Codec;
import kg.kichi.json.internal.codec.ObjectCodec;
import kg.kichi.json.internal.value.LocalizedTextCodec;

/** {@link Activity} of a project. */
public final class ActivityCodec {
    /** The codec: its members in the order written. */
    public static final Codec<Activity> INSTANCE = ObjectCodec.of(Activity::builder, Activity.Builder::build)
            .member("description", LocalizedTextCodec.INSTANCE, Activity::getDescription, Activity.Builder::description)
            .list("targets", StatedTargetCodec.INSTANCE, Activity::getTargets, Activity.Builder::targets)
            .extensions(Activity::getExtensions, Activity.Builder::extensions);

    private ActivityCodec() {}
}
