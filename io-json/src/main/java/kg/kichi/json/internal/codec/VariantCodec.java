package kg.kichi.json.internal.codec;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import tools.jackson.core.JsonGenerator;

/**
 * The codec of a family of values told apart by one member, the discriminator ({@code kind}), each kind with its own
 * members, declared as a codec per kind:
 *
 * <pre>{@code
 * static final Codec<RegionalCoverage> INSTANCE = VariantCodec.of("kind", KIND, RegionalCoverage::getKind)
 *         .variant(CoverageKind.NOT_STATED, FactoryCodec.of(RegionalCoverage::notStated))
 *         .variant(CoverageKind.NATIONWIDE, FactoryCodec.of(
 *                 Member.required("country", Scalars.STRING, c -> c.getCountry().orElse(null)),
 *                 RegionalCoverage::nationwide));
 * }</pre>
 *
 * <p>Writing: the discriminator first, then the members of the value's kind as its codec writes them. Reading: the
 * discriminator may come anywhere in the object, so the members of every kind are read in one pass (those of one
 * name, shared by several kinds, must be declared alike); the discriminator is required, and without a known value
 * nothing more is reported nor built; otherwise the kind's codec reads the object from its members, and a member
 * of another kind is reported as unknown ({@code kichi.json.unknownMember}), in either mode.
 *
 * <p>Instances are immutable: each declaring method returns a new codec. Keep the last one in a
 * {@code static final} field.
 *
 * @param <T> the type
 * @param <K> the type of the discriminator
 */
public final class VariantCodec<T, K> implements Codec<T> {
    private final String name;
    private final Codec<K> kindCodec;
    private final Function<T, K> kindOf;
    private final Map<K, ObjectCodec<T, ?>> variants;
    /** The discriminator in slot 0, then the members of every kind, each name once. */
    private final MemberTable table;
    /** Per kind, its codec and the slots of its members in {@link #table}. */
    private final Map<K, Variant<T>> byKind;

    private VariantCodec(String name, Codec<K> kindCodec, Function<T, K> kindOf, Map<K, ObjectCodec<T, ?>> variants) {
        this.name = name;
        this.kindCodec = kindCodec;
        this.kindOf = kindOf;
        this.variants = variants;
        MemberTable.Slot discriminator = new MemberTable.Slot(name, kindCodec, false);
        List<MemberTable.Slot> declared = new ArrayList<>(List.of(discriminator));
        Map<String, Integer> byName = new LinkedHashMap<>(Map.of(name, 0));
        Map<K, Variant<T>> byKind = new LinkedHashMap<>();
        for (Map.Entry<K, ObjectCodec<T, ?>> variant : variants.entrySet()) {
            List<? extends Member<T, ?>> members = variant.getValue().members();
            int[] slotOf = new int[members.size()];
            for (int i = 0; i < slotOf.length; i++) {
                MemberTable.Slot slot = members.get(i).slot();
                Integer at = byName.get(slot.name);
                if (at == null) {
                    at = declared.size();
                    byName.put(slot.name, at);
                    declared.add(slot);
                } else if (!declared.get(at).sameAs(slot)) {
                    throw new IllegalArgumentException("member \"" + slot.name + "\" of " + variant.getKey()
                            + " is declared otherwise by another kind, or is the discriminator");
                }
                slotOf[i] = at;
            }
            byKind.put(variant.getKey(), new Variant<>(variant.getValue(), slotOf));
        }
        this.table = new MemberTable(declared);
        this.byKind = byKind;
    }

    /**
     * A family with no kinds yet.
     *
     * @param name the discriminator's member name
     * @param codec its codec
     * @param kindOf the kind of a value
     * @param <T> the type
     * @param <K> the type of the discriminator
     * @return the codec
     */
    public static <T, K> VariantCodec<T, K> of(String name, Codec<K> codec, Function<T, K> kindOf) {
        return new VariantCodec<>(Objects.requireNonNull(name, "name"), Objects.requireNonNull(codec, "codec"),
                Objects.requireNonNull(kindOf, "kindOf"), Map.of());
    }

    /**
     * A kind whose values are built by a factory.
     *
     * @param kind the discriminator's value
     * @param codec the codec of its members
     * @return a codec with this kind too
     * @throws IllegalArgumentException when the kind is declared already, or a member is declared otherwise by
     *     another kind
     */
    public VariantCodec<T, K> variant(K kind, FactoryCodec<? extends T> codec) {
        return variant(kind, (ObjectCodec<? extends T, ?>) codec.objectCodec());
    }

    /**
     * A kind whose values are built by a builder.
     *
     * @param kind the discriminator's value
     * @param codec the codec of its members
     * @return a codec with this kind too
     * @throws IllegalArgumentException when the kind is declared already, or a member is declared otherwise by
     *     another kind
     */
    @SuppressWarnings("unchecked")
    public VariantCodec<T, K> variant(K kind, ObjectCodec<? extends T, ?> codec) {
        Objects.requireNonNull(codec, "codec");
        Map<K, ObjectCodec<T, ?>> more = new LinkedHashMap<>(variants);
        // a codec of a subtype reads a T; it writes only values whose kind is this one, which are of its type
        if (more.put(Objects.requireNonNull(kind, "kind"), (ObjectCodec<T, ?>) codec) != null) {
            throw new IllegalArgumentException("kind declared twice: " + kind);
        }
        return new VariantCodec<>(name, kindCodec, kindOf, more);
    }

    @Override
    public T read(Cursor in) {
        MemberValues values = in.object(table);
        if (values == null || values.missing(0)) {
            return null;
        }
        @SuppressWarnings("unchecked")
        K kind = (K) values.take(0);
        if (kind == null) {
            return null; // not one the codec knows: reported
        }
        Variant<T> variant = variant(kind);
        return variant.codec.read(values, variant.slots);
    }

    @Override
    public void write(T value, JsonGenerator out) {
        K kind = kindOf.apply(value);
        out.writeStartObject();
        out.writeName(name);
        kindCodec.write(kind, out);
        variant(kind).codec.writeMembers(value, out);
        out.writeEndObject();
    }

    private Variant<T> variant(K kind) {
        Variant<T> variant = byKind.get(kind);
        if (variant == null) {
            throw new IllegalStateException("no codec declared for the kind " + kind);
        }
        return variant;
    }

    /** The codec of one kind, and the slot of each of its members in the table of all kinds. */
    private static final class Variant<T> {
        final ObjectCodec<T, ?> codec;
        final int[] slots;

        Variant(ObjectCodec<T, ?> codec, int[] slots) {
            this.codec = codec;
            this.slots = slots;
        }
    }
}
