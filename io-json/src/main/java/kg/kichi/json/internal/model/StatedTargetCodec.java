package kg.kichi.json.internal.model;

import kg.kichi.core.project.StatedTarget;
import kg.kichi.json.internal.codec.Codec;
import kg.kichi.json.internal.codec.ObjectCodec;
import kg.kichi.json.internal.codec.Scalars;
import kg.kichi.json.internal.value.LocalizedTextCodec;

/**
 * {@link StatedTarget}: {@code quantity} is required (reported when absent), {@code approximate} always written.
 */
public final class StatedTargetCodec {
    /** The codec: its members in the order written. */
    public static final Codec<StatedTarget> INSTANCE =
            ObjectCodec.of(StatedTarget::builder, StatedTarget.Builder::build)
            .required("quantity", Scalars.LONG, StatedTarget::getQuantity, StatedTarget.Builder::quantity)
            .member("what", LocalizedTextCodec.INSTANCE, StatedTarget::getWhat, StatedTarget.Builder::what)
            .member("approximate", Scalars.BOOLEAN, StatedTarget::isApproximate, StatedTarget.Builder::approximate)
            .optional("statedAs", LocalizedTextCodec.INSTANCE, StatedTarget::getStatedAs,
                    StatedTarget.Builder::statedAs)
            .extensions(StatedTarget::getExtensions, StatedTarget.Builder::extensions);

    private StatedTargetCodec() {}
}
