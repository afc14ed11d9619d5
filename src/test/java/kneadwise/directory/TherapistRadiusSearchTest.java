package kneadwise.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import kneadwise.testing.DatabaseTest;
import kneadwise.testing.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The radius search in PostgreSQL (earthdistance with a GiST index) against a brute-force haversine scan in Java,
 * on random therapists and random questions: the same therapists, in the documented order.
 */
@DatabaseTest
class TherapistRadiusSearchTest {

    /** Distances closer than this to the radius are left out of the comparison: rounding may put them either side. */
    private static final double BOUNDARY_KM = 1e-6;

    private final Random random = new Random(20261121);
    private final List<Therapist> everyone = new ArrayList<>();
    private Therapists therapists;

    @BeforeEach
    void fillTheDirectory(TestDatabase database) {
        therapists = new Therapists(
                new JdbcTemplate(database.dataSource()),
                new TransactionTemplate(new JdbcTransactionManager(database.dataSource())));
        // three clusters like towns, and some spread across the country
        GeoPoint[] towns = {new GeoPoint(40.71, -74.0), new GeoPoint(41.88, -87.63), new GeoPoint(34.05, -118.24)};
        for (int i = 0; i < 900; i++) {
            GeoPoint town = towns[i % towns.length];
            GeoPoint where = i % 10 == 9
                    ? new GeoPoint(25 + random.nextDouble() * 23, -124 + random.nextDouble() * 57)
                    : new GeoPoint(
                            clamp(town.latitude() + random.nextGaussian() * 0.8, 90),
                            clamp(town.longitude() + random.nextGaussian() * 0.8, 180));
            Therapist therapist = therapist(where);
            therapists.add(therapist);
            everyone.add(therapist);
        }
    }

    @Test
    void findsExactlyWhomABruteForceScanFinds() {
        for (int question = 0; question < 60; question++) {
            Therapist someone = everyone.get(random.nextInt(everyone.size()));
            GeoPoint near = new GeoPoint(
                    clamp(someone.location().latitude() + random.nextGaussian() * 0.3, 90),
                    clamp(someone.location().longitude() + random.nextGaussian() * 0.3, 180));
            double radiusKm = 1 + random.nextDouble() * (question % 5 == 0 ? 3000 : 150);
            Technique technique = random.nextInt(3) == 0 ? Technique.values()[random.nextInt(5)] : null;
            BigDecimal maxPrice = random.nextBoolean() ? BigDecimal.valueOf(50 + random.nextInt(80)) : null;
            String language = random.nextInt(4) == 0 ? "es" : null;
            boolean pregnancy = random.nextInt(5) == 0;
            String insurance = random.nextInt(4) == 0 ? "aetna" : null;
            String gender = random.nextInt(4) == 0 ? "Female" : null;
            TherapistSearch search = new TherapistSearch(
                    near, radiusKm, technique, maxPrice, language, pregnancy, insurance, gender, 100_000);

            List<TherapistMatch> found = therapists.search(search);

            List<Therapist> expected = everyone.stream()
                    .filter(t -> t.location().distanceKm(near) <= radiusKm)
                    .filter(t -> technique == null || t.techniques().contains(technique))
                    .filter(t -> maxPrice == null || t.pricePerSession().compareTo(maxPrice) <= 0)
                    .filter(t -> language == null || t.languages().contains(language))
                    .filter(t -> !pregnancy || t.pregnancyTrained())
                    .filter(t -> insurance == null || t.insurance().contains("Aetna"))
                    .filter(t -> gender == null || "female".equals(t.gender()))
                    .toList();
            Set<UUID> foundIds =
                    new HashSet<>(found.stream().map(TherapistMatch::id).toList());
            for (Therapist t : everyone) {
                if (Math.abs(t.location().distanceKm(near) - radiusKm) < BOUNDARY_KM) {
                    foundIds.remove(t.id());
                }
            }
            Set<UUID> expectedIds = new HashSet<>();
            expected.stream()
                    .filter(t -> Math.abs(t.location().distanceKm(near) - radiusKm) >= BOUNDARY_KM)
                    .forEach(t -> expectedIds.add(t.id()));
            assertThat(foundIds).as("question %d: %s", question, search).isEqualTo(expectedIds);

            // nearest first, each distance as the brute force computes it
            for (TherapistMatch match : found) {
                Therapist t = everyone.stream()
                        .filter(e -> e.id().equals(match.id()))
                        .findFirst()
                        .orElseThrow();
                assertThat(match.distanceKm())
                        .isCloseTo(t.location().distanceKm(near), org.assertj.core.data.Offset.offset(1e-6));
            }
            assertThat(found).extracting(TherapistMatch::distanceKm).isSortedAccordingTo(Comparator.naturalOrder());
        }
    }

    @Test
    void theLimitKeepsTheNearest() {
        GeoPoint newYork = new GeoPoint(40.71, -74.0);
        List<TherapistMatch> all =
                therapists.search(new TherapistSearch(newYork, 200, null, null, null, false, null, null, 1000));
        List<TherapistMatch> first =
                therapists.search(new TherapistSearch(newYork, 200, null, null, null, false, null, null, 10));

        assertThat(all).hasSizeGreaterThan(10);
        assertThat(first).containsExactlyElementsOf(all.subList(0, 10));
    }

    @Test
    void aProfileReadsBackAsStored() {
        Therapist stored = everyone.get(0);

        assertThat(therapists.find(stored.id())).contains(stored);
        assertThat(therapists.find(UUID.randomUUID())).isEmpty();
    }

    private Therapist therapist(GeoPoint where) {
        List<Technique> techniques = new ArrayList<>();
        for (Technique technique : Technique.values()) {
            if (random.nextInt(3) == 0) {
                techniques.add(technique);
            }
        }
        return new Therapist(
                UUID.randomUUID(),
                null,
                "Therapist " + everyone.size(),
                "NY",
                "MT-" + random.nextInt(1_000_000),
                null,
                null,
                List.of("NCBTMB"),
                techniques,
                random.nextInt(4) == 0,
                random.nextBoolean(),
                random.nextInt(3) == 0 ? List.of("en", "es") : List.of("en"),
                random.nextBoolean() ? "female" : "male",
                BigDecimal.valueOf(40 + random.nextInt(100)).setScale(2),
                random.nextInt(3) == 0 ? List.of("Blue Cross", "Aetna") : List.of("Cigna"),
                null,
                null,
                where,
                60,
                ZoneId.of("America/New_York"),
                24);
    }

    private static double clamp(double value, double limit) {
        return Math.max(-limit, Math.min(limit, value));
    }
}
