package kg.kichi.json.giving360;

import java.math.BigDecimal;
import java.util.Iterator;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Equality of JSON values as JSON Schema and the round trip mean it: objects equal whatever the order of their
 * members, numbers equal by value ({@code 1}, {@code 1.0} and {@code 1e0} are one number), and a 64-bit hash that
 * agrees with that equality, so that a package's grants can be checked for repeats ({@code uniqueItems}) without
 * keeping them.
 */
final class JsonValues {
    private static final long PRIME = 0x100000001B3L;
    /** Where an array's hash starts ({@link #element}): the parts of {@link #hash} let a value be hashed as read. */
    static final long ARRAY_SEED = 4;

    private JsonValues() {}

    /**
     * @param a a value
     * @param b another
     * @return whether they are the same JSON value
     */
    static boolean equivalent(JsonNode a, JsonNode b) {
        if (a.isNumber() && b.isNumber()) {
            return a.decimalValue().compareTo(b.decimalValue()) == 0;
        }
        if (a.isObject() && b.isObject()) {
            if (a.size() != b.size()) {
                return false;
            }
            for (Map.Entry<String, JsonNode> member : a.properties()) {
                JsonNode other = b.get(member.getKey());
                if (other == null || !equivalent(member.getValue(), other)) {
                    return false;
                }
            }
            return true;
        }
        if (a.isArray() && b.isArray()) {
            if (a.size() != b.size()) {
                return false;
            }
            Iterator<JsonNode> i = a.iterator();
            Iterator<JsonNode> j = b.iterator();
            while (i.hasNext()) {
                if (!equivalent(i.next(), j.next())) {
                    return false;
                }
            }
            return true;
        }
        return a.getNodeType() == b.getNodeType() && a.equals(b);
    }

    /**
     * A hash consistent with {@link #equivalent}: members are combined by a sum, so their order does not count.
     *
     * @param value a value
     * @return its 64-bit hash
     */
    static long hash(JsonNode value) {
        if (value.isNumber()) {
            BigDecimal d = value.decimalValue();
            return mix(d.signum() == 0 ? 0 : d.stripTrailingZeros().hashCode() * 0x9E3779B97F4A7C15L + 1);
        }
        if (value.isString()) {
            return mix(text(value.asString()) + 2);
        }
        if (value.isObject()) {
            long sum = 0;
            for (Map.Entry<String, JsonNode> member : value.properties()) {
                sum += member(member.getKey(), hash(member.getValue()));
            }
            return object(sum);
        }
        if (value.isArray()) {
            long h = ARRAY_SEED;
            for (JsonNode element : value) {
                h = element(h, hash(element));
            }
            return array(h);
        }
        return mix(value.isNull() ? 5 : value.asBoolean() ? 6 : 7);
    }

    /**
     * @return the share of an object's hash of one member; an object's hash is of the sum of its members'. The name
     *     counts by its {@code String} hash, which the parser's shared name instances keep computed.
     */
    static long member(String name, long valueHash) {
        return mix(mix(name.hashCode()) * 31 + valueHash);
    }

    /** @return the hash of an object whose members' shares sum to this */
    static long object(long members) {
        return mix(3 + members);
    }

    /** @return the array hash so far, from {@link #ARRAY_SEED}, with the next element's */
    static long element(long soFar, long elementHash) {
        return soFar * PRIME + elementHash;
    }

    /** @return the hash of an array from the hash of its elements in order */
    static long array(long elements) {
        return mix(elements);
    }

    /**
     * @param text a string
     * @return its 64-bit FNV-1a hash, over its UTF-16 units
     */
    static long text(String text) {
        long h = 0xCBF29CE484222325L;
        for (int i = 0; i < text.length(); i++) {
            h = (h ^ text.charAt(i)) * PRIME;
        }
        return h;
    }

    /** The finaliser of SplitMix64: spreads every input bit over the result. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
