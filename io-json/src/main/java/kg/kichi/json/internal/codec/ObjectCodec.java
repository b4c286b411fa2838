package kg.kichi.json.internal.codec;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import kg.kichi.core.validation.InvalidModelException;
import kg.kichi.core.validation.Violation;
import tools.jackson.core.JsonGenerator;

/**
 * The codec of an object of the model that has a builder, declared one line per member: each line names the
 * member, its codec, the getter that writes it and the builder's setter that reads it. Reading and writing are both
 * driven from that list, so a member is added in one place.
 *
 * <pre>{@code
 * static final ObjectCodec<Lot, Lot.Builder> CODEC = ObjectCodec.of(Lot::builder, Lot.Builder::build)
 *         .member("id", Scalars.STRING, Lot::getId, Lot.Builder::id)
 *         .optional("plannedGrants", Scalars.INTEGER, Lot::getPlannedGrants, Lot.Builder::plannedGrants)
 *         .list("eligibleLegalForms", Codes.LEGAL_FORM, Lot::getEligibleLegalForms, Lot.Builder::eligibleLegalForms)
 *         .extensions(Lot::getExtensions, Lot.Builder::extensions);
 * }</pre>
 *
 * <p>A builder that needs values up front (a rule's type and id) takes them from members declared as {@link Member}s
 * ({@link #of(Member, Member, BiFunction, Function)}), before the members set through it. A value built by a
 * factory rather than a builder has a {@link FactoryCodec}; a family of types told apart by one member, a
 * {@link VariantCodec}.
 *
 * <p>Writing: the members in the order declared, each skipped when it has no value (null, an empty optional, an
 * empty list, or a value its declaration says is the default), then the extensions.
 *
 * <p>Reading: the object's members are read in one pass ({@link MemberValues}), in document order, each with its
 * codec, every problem reported at its pointer. Then, in the order declared, each required member that is absent is
 * reported ({@code kichi.required}); then the unknown members are kept as extensions (lenient, when the codec
 * declares {@link #extensions}) or reported. Then a builder is made and gets each member that is present and was
 * read without problems: a member absent, or whose value had a problem, leaves its setter uncalled, and the
 * builder's default, or its own report of a missing value, decides. A list member is set when present, with the
 * elements read without problems. The builder's violations are reported at their pointers, except those about
 * members that already had a problem (they would only repeat it). The object is returned only when none of this
 * reported a problem.
 *
 * <p>Instances are immutable: each declaring method returns a new codec. Keep the last one in a
 * {@code static final} field.
 *
 * @param <T> the type
 * @param <B> its builder
 */
public final class ObjectCodec<T, B> implements Codec<T> {
    /**
     * Which of the violations a builder or factory threw to report, for a type whose violations need sorting out
     * first ({@link #reportingViolations}).
     */
    @FunctionalInterface
    public interface ViolationsToReport {
        /**
         * @param e what the builder or factory threw
         * @param hadProblems whether the object already had a problem reported (in a member, a required member
         *     absent, an unknown member), of which some violations may be only a consequence
         * @return the violations to report; those about members that had a problem are left out in any case
         */
        List<Violation> of(InvalidModelException e, boolean hadProblems);
    }

    /**
     * Makes a builder (or, for a {@link FactoryCodec}, the value itself) from the values of the first members, the
     * arguments; unused ones are {@code null}.
     */
    @FunctionalInterface
    interface Start<B> {
        B start(Object first, Object second, Object third);
    }

    /** What {@link #argument} gives for a required argument without a value: the builder cannot be made. */
    private static final Object NONE = new Object();

    /** Makes the builder before the members are taken, for a builder made without arguments; else null. */
    private final Supplier<B> newBuilder;
    private final int argumentCount;
    /** Makes the builder, or the value, from the arguments once the members are taken; null with newBuilder. */
    private final Start<B> start;
    private final Function<B, T> build;
    private final List<Binding<T, B>> bindings;
    /** The same, for the read loop. */
    private final Binding<?, ?>[] array;
    private final MemberTable table;
    /** The slot of each binding in {@link #table}: its index. */
    private final int[] slots;
    private final Function<T, Map<String, String>> getExtensions;
    private final BiConsumer<B, Map<String, String>> setExtensions;
    private final ViolationsToReport violations;

    private ObjectCodec(Supplier<B> newBuilder, int argumentCount, Start<B> start, Function<B, T> build,
            List<Binding<T, B>> bindings, Function<T, Map<String, String>> getExtensions,
            BiConsumer<B, Map<String, String>> setExtensions, ViolationsToReport violations) {
        this.newBuilder = newBuilder;
        this.argumentCount = argumentCount;
        this.start = start;
        this.build = build;
        this.bindings = List.copyOf(bindings);
        this.array = this.bindings.toArray(new Binding<?, ?>[0]);
        this.getExtensions = getExtensions;
        this.setExtensions = setExtensions;
        this.violations = violations;
        List<MemberTable.Slot> declared = new ArrayList<>(bindings.size());
        this.slots = new int[bindings.size()];
        for (int i = 0; i < slots.length; i++) {
            declared.add(bindings.get(i).member.slot());
            slots[i] = i;
        }
        this.table = new MemberTable(declared);
    }

    /**
     * A codec with no members yet.
     *
     * @param newBuilder a new builder, for each object read
     * @param build builds the object; throws {@link InvalidModelException} for an invalid one
     * @param <T> the type
     * @param <B> its builder
     * @return the codec
     */
    public static <T, B> ObjectCodec<T, B> of(Supplier<B> newBuilder, Function<B, T> build) {
        return new ObjectCodec<>(Objects.requireNonNull(newBuilder, "newBuilder"), 0, null,
                Objects.requireNonNull(build, "build"), List.of(), null, null, null);
    }

    /**
     * A codec whose builder is made from the values of two members, which are written first; then come the members
     * set through the builder. When a required one of them has no value (absent or with a problem, and no
     * {@linkplain Member#orElse stand-in}), no builder is made and the object is not built; its other members are
     * read and their problems reported all the same.
     *
     * @param first the first argument of {@code newBuilder}
     * @param second the second one
     * @param newBuilder makes a builder, for each object read
     * @param build builds the object; throws {@link InvalidModelException} for an invalid one
     * @param <T> the type
     * @param <A> the type of the first argument
     * @param <C> the type of the second argument
     * @param <B> the builder
     * @return the codec
     */
    @SuppressWarnings("unchecked")
    public static <T, A, C, B> ObjectCodec<T, B> of(Member<T, A> first, Member<T, C> second,
            BiFunction<? super A, ? super C, B> newBuilder, Function<B, T> build) {
        Objects.requireNonNull(newBuilder, "newBuilder");
        return started(List.of(first, second), (a, b, c) -> newBuilder.apply((A) a, (C) b), build);
    }

    /** A codec whose first members are the arguments of {@code start}, for {@link FactoryCodec}. */
    static <T, B> ObjectCodec<T, B> started(List<Member<T, ?>> arguments, Start<B> start, Function<B, T> build) {
        if (arguments.size() > 3) {
            throw new IllegalArgumentException("at most three arguments: " + arguments);
        }
        List<Binding<T, B>> bindings = new ArrayList<>();
        for (Member<T, ?> argument : arguments) {
            bindings.add(new Binding<>(argument, null));
        }
        return new ObjectCodec<>(null, arguments.size(), Objects.requireNonNull(start, "start"),
                Objects.requireNonNull(build, "build"), bindings, null, null, null);
    }

    private ObjectCodec<T, B> with(Member<T, ?> member, BiConsumer<B, ?> set) {
        List<Binding<T, B>> more = new ArrayList<>(bindings);
        more.add(new Binding<>(member, Objects.requireNonNull(set, "set")));
        return new ObjectCodec<>(newBuilder, argumentCount, start, build, more, getExtensions, setExtensions,
                violations);
    }

    /**
     * A member holding one value, written whenever the getter gives one (not null).
     *
     * @param name the member name
     * @param codec its codec
     * @param get the getter
     * @param set the builder's setter, called only with a value read without problems
     * @param <V> its type
     * @return a codec with this member last
     */
    public <V> ObjectCodec<T, B> member(String name, Codec<V> codec, Function<T, ? extends V> get,
            BiConsumer<B, V> set) {
        return member(name, codec, get, set, v -> false);
    }

    /**
     * A member holding one value that is not written when it is the default (which an absent member reads as).
     *
     * @param name the member name
     * @param codec its codec
     * @param get the getter
     * @param set the builder's setter, called only with a value read without problems
     * @param isDefault whether a value is the default, not written
     * @param <V> its type
     * @return a codec with this member last
     */
    public <V> ObjectCodec<T, B> member(String name, Codec<V> codec, Function<T, ? extends V> get,
            BiConsumer<B, V> set, Predicate<? super V> isDefault) {
        return with(Member.ofValue(name, codec, false, get, isDefault), set);
    }

    /**
     * A member that must be present: when absent it is reported as {@code kichi.required} as soon as the object is
     * read (before its unknown members and the builder's violations), and the builder's own violation about it is
     * not repeated.
     *
     * @param name the member name
     * @param codec its codec
     * @param get the getter
     * @param set the builder's setter, called only with a value read without problems
     * @param <V> its type
     * @return a codec with this member last
     */
    public <V> ObjectCodec<T, B> required(String name, Codec<V> codec, Function<T, ? extends V> get,
            BiConsumer<B, V> set) {
        return with(Member.ofValue(name, codec, true, get, v -> false), set);
    }

    /**
     * A member the model holds as an {@link Optional}, written when present.
     *
     * @param name the member name
     * @param codec its codec
     * @param get the getter
     * @param set the builder's setter of the value itself (not of the optional), called only with a value read
     *     without problems
     * @param <V> its type
     * @return a codec with this member last
     */
    public <V> ObjectCodec<T, B> optional(String name, Codec<V> codec, Function<T, Optional<V>> get,
            BiConsumer<B, V> set) {
        return with(Member.ofOptional(name, codec, get), set);
    }

    /**
     * A member holding an array, written unless empty.
     *
     * @param name the member name
     * @param codec the codec of each element
     * @param get the getter
     * @param set the builder's setter, called when the member is present, with the elements read without problems
     * @param <V> the element type
     * @return a codec with this member last
     */
    public <V> ObjectCodec<T, B> list(String name, Codec<V> codec, Function<T, ? extends Collection<V>> get,
            BiConsumer<B, List<V>> set) {
        return list(name, codec, get, set, Collection::isEmpty);
    }

    /**
     * A member holding an array that is not written when it is the default (an empty array may then be written).
     *
     * @param name the member name
     * @param codec the codec of each element
     * @param get the getter
     * @param set the builder's setter, called when the member is present, with the elements read without problems
     * @param isDefault whether the elements are the default, not written
     * @param <V> the element type
     * @return a codec with this member last
     */
    public <V> ObjectCodec<T, B> list(String name, Codec<V> codec, Function<T, ? extends Collection<V>> get,
            BiConsumer<B, List<V>> set, Predicate<? super Collection<V>> isDefault) {
        return with(Member.ofList(name, codec, get, isDefault), set);
    }

    /**
     * Keeps unknown members as extensions when reading leniently, and writes them back after the declared members.
     * Without this, an unknown member is a problem in either mode.
     *
     * @param get the getter of the extensions
     * @param set the builder's setter, called only when there are some
     * @return a codec that keeps extensions
     */
    public ObjectCodec<T, B> extensions(Function<T, Map<String, String>> get, BiConsumer<B, Map<String, String>> set) {
        return new ObjectCodec<>(newBuilder, argumentCount, start, build, bindings, Objects.requireNonNull(get, "get"),
                Objects.requireNonNull(set, "set"), violations);
    }

    /**
     * Sorts out which of the builder's violations are reported (by default all of them, except those about members
     * that had a problem), for a type whose violations may be only a consequence of another problem.
     *
     * @param report which violations to report
     * @return a codec that reports so
     */
    public ObjectCodec<T, B> reportingViolations(ViolationsToReport report) {
        return new ObjectCodec<>(newBuilder, argumentCount, start, build, bindings, getExtensions, setExtensions,
                Objects.requireNonNull(report, "report"));
    }

    @Override
    public T read(Cursor in) {
        MemberValues values = in.object(table);
        return values == null ? null : read(values, slots);
    }

    /**
     * Reads the object from its members' values.
     *
     * @param values the object's members, read with a table holding this codec's members
     * @param slots the slot there of each member, in the order declared
     * @return the object, or {@code null} when it had a problem (reported)
     */
    T read(MemberValues values, int[] slots) {
        Binding<?, ?>[] array = this.array;
        // a builder made without arguments throws nothing: it is made first and set in the same pass as the members
        // are taken, the commonest case; one made from arguments, or a value's factory, waits for all of them
        B builder = newBuilder == null ? null : newBuilder.get();
        for (int i = 0; i < array.length; i++) {
            Binding<?, ?> b = array[i];
            int slot = slots[i];
            if (b.member.required && values.missing(slot)) {
                continue;
            }
            Object value = values.take(slot);
            if (builder != null && value != null) {
                b.set(builder, value);
            }
        }
        Map<String, String> extensions = null;
        if (setExtensions == null) {
            values.rejectUnknown();
        } else {
            extensions = values.extensions();
        }
        try {
            if (builder == null) {
                builder = started(values, slots);
                if (builder == null) {
                    return null; // a required argument had no value: reported
                }
            }
            if (extensions != null && !extensions.isEmpty()) { // left unset when empty, the builder allocates no map
                setExtensions.accept(builder, extensions);
            }
            return values.built(build.apply(builder));
        } catch (InvalidModelException e) {
            values.invalid(violations == null ? e.getViolations() : violations.of(e, values.hasProblems()));
            return null;
        }
    }

    /**
     * Makes the builder (or the value) from the arguments, then sets the other members.
     *
     * @return the builder, or {@code null} when a required argument has no value
     * @throws InvalidModelException from a factory
     */
    private B started(MemberValues values, int[] slots) {
        Binding<?, ?>[] array = this.array;
        Object first = null;
        Object second = null;
        Object third = null;
        for (int i = 0; i < argumentCount; i++) {
            Object value = argument(values, array[i].member, slots[i]);
            if (value == NONE) {
                return null;
            }
            if (i == 0) {
                first = value;
            } else if (i == 1) {
                second = value;
            } else {
                third = value;
            }
        }
        B builder = start.start(first, second, third);
        for (int i = argumentCount; i < array.length; i++) {
            Object value = values.value(slots[i]);
            if (value != null) {
                array[i].set(builder, value);
            }
        }
        return builder;
    }

    /** The value of an argument: {@code null} for an optional one that has none; {@link #NONE} for a required one. */
    private static Object argument(MemberValues values, Member<?, ?> member, int slot) {
        Object value = values.value(slot);
        if (member.required && (value == null || values.failed(slot))) {
            return member.hasStandIn ? member.standIn : NONE;
        }
        return value;
    }

    @Override
    public void write(T value, JsonGenerator out) {
        out.writeStartObject();
        writeMembers(value, out);
        out.writeEndObject();
    }

    /**
     * Writes the members and extensions, without the object's braces.
     *
     * @param value the object
     * @param out the generator, inside the object
     */
    void writeMembers(T value, JsonGenerator out) {
        for (Binding<T, B> b : bindings) {
            b.member.write.accept(value, out);
        }
        if (getExtensions != null) {
            Extensions.write(out, getExtensions.apply(value));
        }
    }

    /** @return each member, in the order declared */
    List<Member<T, ?>> members() {
        List<Member<T, ?>> members = new ArrayList<>(bindings.size());
        for (Binding<T, B> b : bindings) {
            members.add(b.member);
        }
        return members;
    }

    /** One declared member and, unless it is an argument of the builder's constructor, its setter. */
    private static final class Binding<T, B> {
        final Member<T, ?> member;
        final BiConsumer<B, ?> set;

        Binding(Member<T, ?> member, BiConsumer<B, ?> set) {
            this.member = Objects.requireNonNull(member, "member");
            this.set = set;
        }

        /**
         * The value was read by this member's codec (or is a list of what it read), so its type is the setter's; the
         * builder is the one of this binding's codec.
         */
        @SuppressWarnings("unchecked")
        void set(Object builder, Object value) {
            ((BiConsumer<Object, Object>) set).accept(builder, value);
        }
    }
}
