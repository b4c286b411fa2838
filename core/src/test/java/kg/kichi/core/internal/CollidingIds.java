package kg.kichi.core.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Ids that all share one {@link String#hashCode()}: "Aa" and "BB" hash alike ({@code 65 * 31 + 97 == 66 * 31 + 66}),
 * so every string of n such blocks has the same hash code, and there are 2<sup>n</sup> of them.
 */
public final class CollidingIds {
    private CollidingIds() {}

    /**
     * @param prefix written before the blocks
     * @param blocks how many blocks (2^blocks ids)
     * @return the ids, all with one hash code
     */
    public static List<String> of(String prefix, int blocks) {
        List<String> ids = new ArrayList<>(1 << blocks);
        StringBuilder b = new StringBuilder();
        for (int n = 0; n < 1 << blocks; n++) {
            b.setLength(0);
            b.append(prefix);
            for (int bit = blocks - 1; bit >= 0; bit--) {
                b.append((n >>> bit & 1) == 0 ? "Aa" : "BB");
            }
            ids.add(b.toString());
        }
        return ids;
    }
}
