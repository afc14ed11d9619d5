package kneadwise.assessment;

/** Oswestry Disability Index bands (Fairbank & Pynsent 2000), each up to and including its upper limit. */
public enum OswestryBand {
    MINIMAL(20),
    MODERATE(40),
    SEVERE(60),
    VERY_SEVERE(80),
    EXTREME(100);

    private final int upToPercent;

    OswestryBand(int upToPercent) {
        this.upToPercent = upToPercent;
    }

    /** The band of an index of {@code points} out of {@code maximum} (exact, without rounding). */
    static OswestryBand of(int points, int maximum) {
        for (OswestryBand band : values()) {
            if (points * 100 <= band.upToPercent * maximum) {
                return band;
            }
        }
        return EXTREME;
    }
}
