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
import kg.kichi.core.evaluation.RegionalQuota;
import kg.kichi.core.geo.UnitRef;
import kg.kichi.json.internal.value.UnitRefCodec;

/** {@link RegionalQuota}: {@code unit, min} (0 unless written), {@code max}. */
public final class RegionalQuotaCodec implements Codec<RegionalQuota> {
    /** The instance. */
    public static final RegionalQuotaCodec INSTANCE = new RegionalQuotaCodec();

    private static final Member<UnitRef> UNIT = member("unit", UnitRefCodec.INSTANCE);
    private static final Member<Integer> MIN = member("min", Scalars.INTEGER);
    private static final Member<Integer> MAX = member("max", Scalars.INTEGER);
    private static final Members MEMBERS = Members.of(UNIT, MIN, MAX);

    private RegionalQuotaCodec() {}

    @Override
    public RegionalQuota read(Cursor in) {
        Fields f = in.object(MEMBERS);
        if (f == null) {
            return null;
        }
        UnitRef unit = f.get(UNIT);
        Integer min = f.get(MIN);
        Integer max = f.get(MAX);
        var extensions = f.extensions();
        try {
            RegionalQuota.Builder b = RegionalQuota.builder().unit(unit).max(Optional.ofNullable(max));
            if (min != null) {
                b.min(min);
            }
            if (!extensions.isEmpty()) {
                b.extensions(extensions);
            }
            return f.built(b.build());
        } catch (InvalidModelException e) {
            return f.invalid(e);
        }
    }

    @Override
    public void write(RegionalQuota value, JsonGenerator out) {
        out.writeStartObject();
        Out.member(out, "unit", value.getUnit(), UnitRefCodec.INSTANCE);
        if (value.getMin() != 0) {
            Out.member(out, "min", value.getMin(), Scalars.INTEGER);
        }
        Out.optional(out, "max", value.getMax(), Scalars.INTEGER);
        Out.extensions(out, value.getExtensions());
        out.writeEndObject();
    }
}
