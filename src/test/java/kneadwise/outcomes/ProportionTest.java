package kneadwise.outcomes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Wilson intervals against values worked out by hand from the formula (and as published calculators give them). */
class ProportionTest {

    @Test
    void sevenOfTen() {
        Proportion p = Proportion.of(7, 10);
        assertThat(p.share()).isEqualTo(0.7);
        assertThat(p.low()).isCloseTo(0.3968, within(1e-4));
        assertThat(p.high()).isCloseTo(0.8922, within(1e-4));
    }

    @Test
    void noneAndAllStayInsideZeroToOne() {
        assertThat(Proportion.of(0, 10).low()).isZero();
        assertThat(Proportion.of(0, 10).high()).isCloseTo(0.2775, within(1e-4));
        assertThat(Proportion.of(10, 10).low()).isCloseTo(0.7225, within(1e-4));
        assertThat(Proportion.of(10, 10).high()).isEqualTo(1.0);
    }

    @Test
    void eightOfTwelve() {
        Proportion p = Proportion.of(8, 12);
        assertThat(p.low()).isCloseTo(0.3906, within(1e-4));
        assertThat(p.high()).isCloseTo(0.8619, within(1e-4));
    }
}
