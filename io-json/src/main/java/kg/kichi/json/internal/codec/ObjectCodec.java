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
 * <p>Writing: the members in the order declared, each skipped when it has no value (null, an empty optional, an
 * empty list, or a value its declaration says is the default), then the extensions.
 *
 * <p>Reading: the object's members are read in one pass ({@link Fields}); then a fresh builder gets each member that
 * is present and read without problems, in the order declared. A member absent from the document, or whose value
 * had a problem (already reported at its pointer), leaves its setter uncalled: the builder's default, or its own
 * report of a missing value, decides. A list member is set when present, with the elements read without problems.
 * Unknown members become extensions (lenient, when the codec declares {@link #extensions}) or problems. The
 * builder's violations are reported at their pointers, except those about members that already had a problem.
 *
 * <p>Instances are immutable: each declaring method returns a new codec. Keep the last one in a
 * {@code static final} field.
 *
 * @param <T> the type
 * @param <B> its builder
 */
public final class ObjectCodec<T, B> implements Codec<T> {
    private final Supplier<B> newBuilder;
    private final Function<B, T> build;
    private final List<Binding<T, B>> bindings;
    /** The same, in slot order, for the read loop. */
    private final Binding<?, ?>[] slots;
    private final Members members;
    private final Function<T, Map<String, String>> getExtensions;
    private final BiConsumer<B, Map<String, String>> setExtensions;
    private final BiFunction<Fields, InvalidModelException, T> invalid;

    private ObjectCodec(Supplier<B> newBuilder, Function<B, T> build, List<Binding<T, B>> bindings,
            Function<T, Map<String, String>> getExtensions, BiConsumer<B, Map<String, String>> setExtensions,
            BiFunction<Fields, InvalidModelException, T> invalid) {
        this.newBuilder = newBuilder;
        this.build = build;
        this.bindings = List.copyOf(bindings);
        this.slots = this.bindings.toArray(new Binding<?, ?>[0]);
        this.getExtensions = getExtensions;
        this.setExtensions = setExtensions;
        this.invalid = invalid;
        Members.Handle[] handles = new Members.Handle[bindings.size()];
        for (int i = 0; i < handles.length; i++) {
            Binding<T, B> b = bindings.get(i);
            handles[i] = b.list ? Members.list(b.name, b.codec) : Members.member(b.name, b.codec);
        }
        this.members = Members.of(handles);
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
        return new ObjectCodec<>(Objects.requireNonNull(newBuilder, "newBuilder"), Objects.requireNonNull(build, "build"),
                List.of(), null, null, Fields::invalid);
    }

    private ObjectCodec<T, B> with(Binding<T, B> binding) {
        List<Binding<T, B>> more = new ArrayList<>(bindings);
        more.add(binding);
        return new ObjectCodec<>(newBuilder, build, more, getExtensions, setExtensions, invalid);
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
        return with(new Binding<>(name, codec, false, false, set, (value, out) -> {
            V v = get.apply(value);
            if (v != null && !isDefault.test(v)) {
                out.writeName(name);
                codec.write(v, out);
            }
        }));
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
        return with(new Binding<>(name, codec, false, true, set, (value, out) -> {
            V v = get.apply(value);
            if (v != null) {
                out.writeName(name);
                codec.write(v, out);
            }
        }));
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
        return with(new Binding<>(name, codec, false, false, set, (value, out) -> {
            Optional<V> v = get.apply(value);
            if (v.isPresent()) {
                out.writeName(name);
                codec.write(v.get(), out);
            }
        }));
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
        return with(new Binding<>(name, codec, true, false, set, (value, out) -> {
            Collection<V> values = get.apply(value);
            if (!isDefault.test(values)) {
                out.writeName(name);
                out.writeStartArray();
                for (V v : values) {
                    codec.write(v, out);
                }
                out.writeEndArray();
            }
        }));
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
        return new ObjectCodec<>(newBuilder, build, bindings, Objects.requireNonNull(get, "get"),
                Objects.requireNonNull(set, "set"), invalid);
    }

    /**
     * Replaces how the builder's violations are reported (by default {@link Fields#invalid}), for a type whose
     * violations need sorting out first.
     *
     * @param report reports the violations and returns {@code null}
     * @return a codec that reports so
     */
    public ObjectCodec<T, B> reportingInvalid(BiFunction<Fields, InvalidModelException, T> report) {
        return new ObjectCodec<>(newBuilder, build, bindings, getExtensions, setExtensions,
                Objects.requireNonNull(report, "report"));
    }

    @Override
    public T read(Cursor in) {
        Fields f = in.object(members);
        if (f == null) {
            return null;
        }
        B builder = newBuilder.get();
        Binding<?, ?>[] slots = this.slots;
        for (int slot = 0; slot < slots.length; slot++) {
            Binding<?, ?> b = slots[slot];
            if (b.required && f.missing(slot)) {
                continue;
            }
            Object value = f.take(slot);
            if (value != null) {
                b.set(builder, value);
            }
        }
        if (setExtensions == null) {
            f.rejectUnknown();
        } else {
            Map<String, String> extensions = f.extensions();
            if (!extensions.isEmpty()) { // left unset when empty, the builder allocates no map
                setExtensions.accept(builder, extensions);
            }
        }
        try {
            return f.built(build.apply(builder));
        } catch (InvalidModelException e) {
            return invalid.apply(f, e);
        }
    }

    @Override
    public void write(T value, JsonGenerator out) {
        out.writeStartObject();
        for (Binding<T, B> b : bindings) {
            b.write.accept(value, out);
        }
        if (getExtensions != null) {
            Out.extensions(out, getExtensions.apply(value));
        }
        out.writeEndObject();
    }

    /** One declared member: how it is read (its codec, the setter) and how it is written. */
    private static final class Binding<T, B> {
        final String name;
        final Codec<?> codec;
        final boolean list;
        final boolean required;
        final BiConsumer<B, ?> set;
        final BiConsumer<T, JsonGenerator> write;

        Binding(String name, Codec<?> codec, boolean list, boolean required, BiConsumer<B, ?> set,
                BiConsumer<T, JsonGenerator> write) {
            this.name = Objects.requireNonNull(name, "name");
            this.codec = Objects.requireNonNull(codec, "codec");
            this.list = list;
            this.required = required;
            this.set = Objects.requireNonNull(set, "set");
            this.write = write;
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
