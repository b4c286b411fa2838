package kg.kichi.json.internal.model;

import kg.kichi.core.evaluation.RegionalQuota;
import kg.kichi.json.internal.codec.Codec;
import kg.kichi.json.internal.codec.ObjectCodec;
import kg.kichi.json.internal.codec.Scalars;
import kg.kichi.json.internal.value.UnitRefCodec;

/** {@link RegionalQuota}: {@code min} is 0 unless written. */
public final class RegionalQuotaCodec {
    /** The codec: its members in the order written. */
    public static final Codec<RegionalQuota> INSTANCE =
            ObjectCodec.of(RegionalQuota::builder, RegionalQuota.Builder::build)
            .member("unit", UnitRefCodec.INSTANCE, RegionalQuota::getUnit, RegionalQuota.Builder::unit)
            .member("min", Scalars.INTEGER, RegionalQuota::getMin, RegionalQuota.Builder::min, min -> min == 0)
            .optional("max", Scalars.INTEGER, RegionalQuota::getMax, RegionalQuota.Builder::max)
            .extensions(RegionalQuota::getExtensions, RegionalQuota.Builder::extensions);

    private RegionalQuotaCodec() {}
}
