package kneadwise.fhir;

import org.jspecify.annotations.Nullable;

/** How many resources a search page holds (CONTRACT.md section 10: {@code _count} 50 unless asked, at most 500). */
final class Pages {

    static final int DEFAULT = 50;
    static final int MOST = 500;

    private Pages() {}

    /** The asked {@code _count} within 1 to 500 (a larger one is cut to 500); 50 when not asked. */
    static int size(@Nullable Integer count) {
        return count == null ? DEFAULT : Math.clamp(count, 1, MOST);
    }
}
