package kneadwise.assessment;

import java.util.List;

/**
 * What massage can be expected to do for this person's phase, in words and numbers.
 *
 * @param approximate some figures are derived by us (see {@link BenefitComparison#painPointsOutOf10()})
 */
public record ExpectedBenefit(String text, boolean approximate, List<BenefitComparison> comparisons) {

    public ExpectedBenefit {
        comparisons = List.copyOf(comparisons);
    }
}
