package kneadwise.assessment;

import java.math.BigDecimal;

/**
 * An outcome instrument with its range and minimal important change (Ostelo et al. 2008): NRS 2 points, RMDQ 5,
 * ODI 10; for all three, lower is better.
 */
public enum Instrument {
    NRS(10, 2, true),
    RMDQ(24, 5, true),
    ODI(100, 10, false);

    private final BigDecimal maximum;
    private final BigDecimal importantChange;
    private final boolean wholeNumbers;

    Instrument(int maximum, int importantChange, boolean wholeNumbers) {
        this.maximum = BigDecimal.valueOf(maximum);
        this.importantChange = BigDecimal.valueOf(importantChange);
        this.wholeNumbers = wholeNumbers;
    }

    public BigDecimal maximum() {
        return maximum;
    }

    /** The minimal important change in points. */
    public BigDecimal importantChange() {
        return importantChange;
    }

    /** NRS and RMDQ scores are whole numbers; an ODI index may have a decimal. */
    public boolean wholeNumbers() {
        return wholeNumbers;
    }

    public boolean accepts(BigDecimal score) {
        return score.signum() >= 0
                && score.compareTo(maximum) <= 0
                && (!wholeNumbers || score.stripTrailingZeros().scale() <= 0);
    }
}
