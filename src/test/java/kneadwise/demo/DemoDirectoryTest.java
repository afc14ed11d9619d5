package kneadwise.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import kneadwise.directory.PostalCodes;
import kneadwise.directory.Therapist;
import org.junit.jupiter.api.Test;

/** The made-up directory: repeatable from its seed, and plausible (prices around the ABMP survey's figures). */
class DemoDirectoryTest {

    private static final PostalCodes POSTAL_CODES = new PostalCodes();

    @Test
    void theSameSeedMakesTheSameTherapists() {
        DemoDirectory one = new DemoDirectory(7, POSTAL_CODES);
        DemoDirectory two = new DemoDirectory(7, POSTAL_CODES);

        for (int i = 0; i < 100; i++) {
            assertThat(one.next()).isEqualTo(two.next());
        }
    }

    @Test
    void pricesTechniquesAndPlacesArePlausible() {
        DemoDirectory directory = new DemoDirectory(1, POSTAL_CODES);
        List<Therapist> made = new ArrayList<>();
        for (int i = 0; i < 5_000; i++) {
            made.add(directory.next());
        }
        List<Double> prices = made.stream()
                .map(Therapist::pricePerSession)
                .map(BigDecimal::doubleValue)
                .sorted()
                .toList();
        double mean = prices.stream().mapToDouble(Double::doubleValue).average().orElseThrow();

        assertThat(prices.get(0)).isGreaterThanOrEqualTo(40);
        assertThat(prices.get(prices.size() - 1)).isLessThanOrEqualTo(200);
        assertThat(prices.get(prices.size() / 2)).isBetween(55.0, 65.0); // median about $60
        assertThat(mean).isBetween(58.0, 72.0); // mean near $69 (ABMP 2012, tip included)
        assertThat(made).allSatisfy(therapist -> {
            assertThat(therapist.techniques()).isNotEmpty();
            assertThat(therapist.licenceState()).matches("[A-Z]{2}");
            assertThat(POSTAL_CODES.locate(therapist.postalCode()).orElseThrow().distanceKm(therapist.location()))
                    .isLessThan(10);
        });
        assertThat(made.stream().filter(Therapist::pregnancyTrained).count()).isBetween(500L, 1_200L);
    }
}
