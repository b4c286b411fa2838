package kg.kichi.json.internal.codec;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Predicate;
import tools.jackson.core.JsonGenerator;

/**
 * One member of a JSON object that is an argument of the factory building the value ({@link FactoryCodec}, e.g.
 * {@code amount} of {@code Money.of(amount, currency)}) or of the builder's constructor
 * ({@link ObjectCodec#of(Member, Member, java.util.function.BiFunction, Function)}): its name, its codec and the
 * getter that writes it. Declared in one line, which drives both reading and writing:
 *
 * <pre>{@code
 * Member.required("amount", Scalars.DECIMAL, Money::getAmount)
 * Member.optional("label", LocalizedTextCodec.INSTANCE, Classification::getLabel)
 * }</pre>
 *
 * <p>What the factory gets: the value read; for an optional member, {@code null} when it is absent or its value had
 * a problem (reported at its pointer). A required member absent is reported as {@code kichi.required}; when it is
 * absent or its value had a problem, the factory is not called (the model's factories refuse {@code null}) and the
 * object is not built, unless the member has a {@linkplain #orElse stand-in}.
 *
 * <p>Immutable.
 *
 * @param <T> the type of the object the member belongs to
 * @param <V> the type of its value as the factory takes it (a list for an array member)
 */
public final class Member<T, V> {
    final String name;
    /** The codec of the value, or of each element of an array member. */
    final Codec<?> codec;
    final boolean list;
    final boolean required;
    final boolean hasStandIn;
    final Object standIn;
    /** Writes the member (name and value) when the object has a value for it that is written. */
    final BiConsumer<T, JsonGenerator> write;

    private Member(String name, Codec<?> codec, boolean list, boolean required, boolean hasStandIn, Object standIn,
            BiConsumer<T, JsonGenerator> write) {
        this.name = Objects.requireNonNull(name, "name");
        this.codec = Objects.requireNonNull(codec, "codec");
        this.list = list;
        this.required = required;
        this.hasStandIn = hasStandIn;
        this.standIn = standIn;
        this.write = Objects.requireNonNull(write, "write");
    }

    /**
     * A member that must be present, written whenever the getter gives a value (not null).
     *
     * @param name the member name
     * @param codec its codec
     * @param get the getter
     * @param <T> the type of the object
     * @param <V> the type of the value
     * @return the member
     */
    public static <T, V> Member<T, V> required(String name, Codec<V> codec, Function<T, ? extends V> get) {
        return new Member<>(name, codec, false, true, false, null, value(name, codec, get, v -> false));
    }

    /**
     * A member that may be absent, which the model holds as an {@link Optional}: written when present; the factory
     * gets {@code null} when it is absent or its value had a problem.
     *
     * @param name the member name
     * @param codec its codec
     * @param get the getter
     * @param <T> the type of the object
     * @param <V> the type of the value
     * @return the member
     */
    public static <T, V> Member<T, V> optional(String name, Codec<V> codec, Function<T, Optional<V>> get) {
        return new Member<>(name, codec, false, false, false, null, optionalValue(name, codec, get));
    }

    /**
     * A member that may be absent, whose getter gives {@code null} for none: written when not null; the factory
     * gets {@code null} when it is absent or its value had a problem.
     *
     * @param name the member name
     * @param codec its codec
     * @param get the getter
     * @param <T> the type of the object
     * @param <V> the type of the value
     * @return the member
     */
    public static <T, V> Member<T, V> nullable(String name, Codec<V> codec, Function<T, ? extends V> get) {
        return new Member<>(name, codec, false, false, false, null, value(name, codec, get, v -> false));
    }

    /**
     * An array member that must be present, written unless empty. The factory gets the elements; when the member
     * is absent or an element had a problem, the factory is not called.
     *
     * @param name the member name
     * @param codec the codec of each element
     * @param get the getter
     * @param <T> the type of the object
     * @param <V> the type of each element
     * @return the member
     */
    public static <T, V> Member<T, List<V>> requiredList(String name, Codec<V> codec,
            Function<T, ? extends Collection<V>> get) {
        return new Member<>(name, codec, true, true, false, null, array(name, codec, get, Collection::isEmpty));
    }

    /**
     * The same required member, with a value the factory is called with in its place when it is absent or its
     * value had a problem (which is reported all the same, and the object not built): so that the factory still
     * checks the other members, and reports all of their problems at once.
     *
     * @param standIn a value the factory accepts; {@code null} for a constructor that does
     * @return the member with a stand-in
     * @throws IllegalStateException when the member is not required
     */
    public Member<T, V> orElse(V standIn) {
        if (!required || list) {
            throw new IllegalStateException("only a required member that is not an array has a stand-in: " + name);
        }
        return new Member<>(name, codec, false, true, true, standIn, write);
    }

    /** @return the member name */
    public String name() {
        return name;
    }

    @Override
    public String toString() {
        return name;
    }

    // ---- for ObjectCodec's members set through the builder ----

    static <T, V> Member<T, V> ofValue(String name, Codec<V> codec, boolean required, Function<T, ? extends V> get,
            Predicate<? super V> isDefault) {
        return new Member<>(name, codec, false, required, false, null, value(name, codec, get, isDefault));
    }

    static <T, V> Member<T, V> ofOptional(String name, Codec<V> codec, Function<T, Optional<V>> get) {
        return new Member<>(name, codec, false, false, false, null, optionalValue(name, codec, get));
    }

    static <T, V> Member<T, List<V>> ofList(String name, Codec<V> codec, Function<T, ? extends Collection<V>> get,
            Predicate<? super Collection<V>> isDefault) {
        return new Member<>(name, codec, true, false, false, null, array(name, codec, get, isDefault));
    }

    /** @return how {@link MemberTable} declares this member */
    MemberTable.Slot slot() {
        return new MemberTable.Slot(name, codec, list);
    }

    private static <T, V> BiConsumer<T, JsonGenerator> value(String name, Codec<V> codec,
            Function<T, ? extends V> get, Predicate<? super V> isDefault) {
        Objects.requireNonNull(get, "get");
        Objects.requireNonNull(isDefault, "isDefault");
        return (object, out) -> {
            V v = get.apply(object);
            if (v != null && !isDefault.test(v)) {
                out.writeName(name);
                codec.write(v, out);
            }
        };
    }

    private static <T, V> BiConsumer<T, JsonGenerator> optionalValue(String name, Codec<V> codec,
            Function<T, Optional<V>> get) {
        Objects.requireNonNull(get, "get");
        return (object, out) -> {
            Optional<V> v = get.apply(object);
            if (v.isPresent()) {
                out.writeName(name);
                codec.write(v.get(), out);
            }
        };
    }

    private static <T, V> BiConsumer<T, JsonGenerator> array(String name, Codec<V> codec,
            Function<T, ? extends Collection<V>> get, Predicate<? super Collection<V>> isDefault) {
        Objects.requireNonNull(get, "get");
        Objects.requireNonNull(isDefault, "isDefault");
        return (object, out) -> {
            Collection<V> values = get.apply(object);
            if (!isDefault.test(values)) {
                out.writeName(name);
                out.writeStartArray();
                for (V v : values) {
                    codec.write(v, out);
                }
                out.writeEndArray();
            }
        };
    }
}
