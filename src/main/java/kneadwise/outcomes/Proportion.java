package kneadwise.outcomes;

/**
 * {@code count} of {@code total} people, with the 95% Wilson score interval of the share: unlike the plain
 * share plus or minus 1.96 standard errors, it stays within 0 to 1 and behaves with small groups and shares near 0
 * or 1 (Wilson 1927; our choice for the dashboard's shares, PRODUCT.md "Journeys" 5).
 */
public record Proportion(int count, int total, double share, double low, double high) {

    static final double Z = 1.959964; // two-sided 95%

    public static Proportion of(int count, int total) {
        if (total <= 0 || count < 0 || count > total) {
            throw new IllegalArgumentException(count + " of " + total);
        }
        double p = (double) count / total;
        double z2 = Z * Z;
        double denominator = 1 + z2 / total;
        double centre = (p + z2 / (2.0 * total)) / denominator;
        double half = Z / denominator * Math.sqrt(p * (1 - p) / total + z2 / (4.0 * total * total));
        // at 0 of n the lower end is exactly 0, at n of n the upper end exactly 1 (rounding would give 1e-16 off)
        double low = count == 0 ? 0 : Math.max(0, centre - half);
        double high = count == total ? 1 : Math.min(1, centre + half);
        return new Proportion(count, total, p, low, high);
    }
}
