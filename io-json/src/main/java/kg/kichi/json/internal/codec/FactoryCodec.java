package kg.kichi.json.internal.codec;

import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import tools.jackson.core.JsonGenerator;

/**
 * The codec of a small immutable value of the model built by a factory rather than a builder
 * ({@code Money.of(amount, currency)}, {@code Scale.of(min, max, step)}), declared one line per member, each line an
 * argument of the factory in order:
 *
 * <pre>{@code
 * static final Codec<Money> INSTANCE = FactoryCodec.of(
 *         Member.required("amount", Scalars.DECIMAL, Money::getAmount),
 *         Member.required("currency", Scalars.STRING, Money::getCurrencyCode),
 *         Money::of);
 * }</pre>
 *
 * <p>Writing: the members in the order declared, each skipped when it has no value. Reading, as an
 * {@link ObjectCodec} reads: the members in one pass, each problem at its pointer; each required member absent
 * reported ({@code kichi.required}); every unknown member reported in either mode (a value keeps no extensions);
 * then the factory is called with the members' values (see {@link Member} for a member without one), and the
 * violations it throws are reported at their pointers, except those about members that already had a problem. The
 * value is returned only when none of this reported a problem.
 *
 * <p>Immutable.
 *
 * @param <T> the type
 */
public final class FactoryCodec<T> implements Codec<T> {
    /**
     * A factory of three arguments.
     *
     * @param <A> the first argument
     * @param <B> the second argument
     * @param <C> the third argument
     * @param <T> the value made
     */
    @FunctionalInterface
    public interface Factory3<A, B, C, T> {
        /**
         * @param first the first argument
         * @param second the second argument
         * @param third the third argument
         * @return the value
         */
        T of(A first, B second, C third);
    }

    private final ObjectCodec<T, T> codec;

    private FactoryCodec(ObjectCodec<T, T> codec) {
        this.codec = codec;
    }

    private static <T> FactoryCodec<T> of(List<Member<T, ?>> members, ObjectCodec.Start<T> factory) {
        return new FactoryCodec<>(ObjectCodec.started(members, factory, Function.identity()));
    }

    /**
     * A value without members: the object must be empty.
     *
     * @param factory gives the value
     * @param <T> the type
     * @return the codec
     */
    public static <T> FactoryCodec<T> of(Supplier<T> factory) {
        Objects.requireNonNull(factory, "factory");
        return of(List.of(), (a, b, c) -> factory.get());
    }

    /**
     * A value of one member.
     *
     * @param first the member
     * @param factory makes the value
     * @param <T> the type
     * @param <A> the type of the member
     * @return the codec
     */
    @SuppressWarnings("unchecked")
    public static <T, A> FactoryCodec<T> of(Member<T, A> first, Function<? super A, ? extends T> factory) {
        Objects.requireNonNull(factory, "factory");
        return of(List.of(first), (a, b, c) -> factory.apply((A) a));
    }

    /**
     * A value of two members.
     *
     * @param first the first member
     * @param second the second member
     * @param factory makes the value
     * @param <T> the type
     * @param <A> the type of the first member
     * @param <B> the type of the second member
     * @return the codec
     */
    @SuppressWarnings("unchecked")
    public static <T, A, B> FactoryCodec<T> of(Member<T, A> first, Member<T, B> second,
            BiFunction<? super A, ? super B, ? extends T> factory) {
        Objects.requireNonNull(factory, "factory");
        return of(List.of(first, second), (a, b, c) -> factory.apply((A) a, (B) b));
    }

    /**
     * A value of three members.
     *
     * @param first the first member
     * @param second the second member
     * @param third the third member
     * @param factory makes the value
     * @param <T> the type
     * @param <A> the type of the first member
     * @param <B> the type of the second member
     * @param <C> the type of the third member
     * @return the codec
     */
    @SuppressWarnings("unchecked")
    public static <T, A, B, C> FactoryCodec<T> of(Member<T, A> first, Member<T, B> second, Member<T, C> third,
            Factory3<? super A, ? super B, ? super C, ? extends T> factory) {
        Objects.requireNonNull(factory, "factory");
        return of(List.of(first, second, third), (a, b, c) -> factory.of((A) a, (B) b, (C) c));
    }

    /**
     * Sorts out which of the factory's violations are reported, as {@link ObjectCodec#reportingViolations}.
     *
     * @param report which violations to report
     * @return a codec that reports so
     */
    public FactoryCodec<T> reportingViolations(ObjectCodec.ViolationsToReport report) {
        return new FactoryCodec<>(codec.reportingViolations(report));
    }

    /** @return the same codec as an {@link ObjectCodec} whose builder is the value itself */
    ObjectCodec<T, T> objectCodec() {
        return codec;
    }

    @Override
    public T read(Cursor in) {
        return codec.read(in);
    }

    @Override
    public void write(T value, JsonGenerator out) {
        codec.write(value, out);
    }
}
