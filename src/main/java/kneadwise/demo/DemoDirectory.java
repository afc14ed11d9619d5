package kneadwise.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import kneadwise.directory.GeoPoint;
import kneadwise.directory.PostalCodes;
import kneadwise.directory.Technique;
import kneadwise.directory.Therapist;
import kneadwise.directory.UsStates;

/**
 * Makes up a national directory for demonstrations and load tests: practices placed at random US ZIP areas (which
 * are dense where people live, so the spread follows the population) with a little jitter, prices around the ABMP
 * survey's average (CLINICAL.md section 6: about $69 a session, median $60), and plausible techniques, languages and
 * training. Seeded, so the same seed gives the same directory. Nothing here is a real person.
 */
public final class DemoDirectory {

    private static final String[] FIRST = {
        "Ana", "Ben", "Carla", "David", "Elena", "Farid", "Grace", "Hiro", "Imani", "Jonas", "Keisha", "Luis", "Maya",
        "Noah", "Olga", "Priya", "Quinn", "Rosa", "Sam", "Tariq", "Uma", "Victor", "Wen", "Ximena", "Yusuf", "Zoe"
    };
    private static final String[] LAST = {
        "Adams",
        "Baker",
        "Chen",
        "Diaz",
        "Evans",
        "Fischer",
        "Garcia",
        "Hughes",
        "Ivanova",
        "Johnson",
        "Kim",
        "Lopez",
        "Moreno",
        "Nguyen",
        "Okafor",
        "Patel",
        "Quintero",
        "Rossi",
        "Smith",
        "Tanaka",
        "Usman",
        "Vargas",
        "Walker",
        "Xu",
        "Young",
        "Zimmerman"
    };
    private static final String[] INSURERS = {"Aetna", "Blue Cross Blue Shield", "Cigna", "UnitedHealthcare"};

    private final Random random;
    private final List<Map.Entry<String, GeoPoint>> places;

    public DemoDirectory(long seed, PostalCodes postalCodes) {
        this.random = new Random(seed);
        this.places = postalCodes.all();
    }

    public Therapist next() {
        Map.Entry<String, GeoPoint> place = places.get(random.nextInt(places.size()));
        GeoPoint centre = place.getValue();
        GeoPoint where = new GeoPoint(
                clamp(centre.latitude() + random.nextGaussian() * 0.01, 90),
                clamp(centre.longitude() + random.nextGaussian() * 0.01, 180));
        String state = UsStates.ofZip(place.getKey());
        boolean verified = random.nextInt(10) < 8;
        return new Therapist(
                new UUID(random.nextLong(), random.nextLong()),
                null,
                FIRST[random.nextInt(FIRST.length)] + " " + LAST[random.nextInt(LAST.length)],
                state,
                state + "-MT-" + (100_000 + random.nextInt(900_000)),
                null,
                verified ? java.time.Instant.parse("2026-10-01T00:00:00Z") : null,
                random.nextInt(3) == 0 ? List.of("NCBTMB Board Certified") : List.of(),
                techniques(),
                random.nextInt(6) == 0,
                random.nextInt(5) == 0,
                random.nextInt(6) == 0 ? List.of("en", "es") : List.of("en"),
                random.nextBoolean() ? "female" : "male",
                price(),
                random.nextInt(4) == 0 ? List.of(INSURERS[random.nextInt(INSURERS.length)]) : List.of(),
                null,
                place.getKey(),
                where,
                random.nextInt(4) == 0 ? 90 : 60,
                UsStates.timeZone(state, where),
                random.nextInt(3) == 0 ? 48 : 24);
    }

    /** Swedish in most practices; one to three others. */
    private List<Technique> techniques() {
        List<Technique> offered = new ArrayList<>();
        for (Technique technique : Technique.values()) {
            int inOneHundred = switch (technique) {
                case SWEDISH -> 80;
                case DEEP_TISSUE -> 60;
                case TRIGGER_POINT, MYOFASCIAL_RELEASE -> 30;
                case SPORTS -> 25;
                case PREGNANCY -> 15;
                case LYMPHATIC_DRAINAGE -> 10;
                case STRUCTURAL_INTEGRATION -> 5;
            };
            if (random.nextInt(100) < inOneHundred) {
                offered.add(technique);
            }
        }
        return offered.isEmpty() ? List.of(Technique.SWEDISH) : offered;
    }

    /** Skewed above a $60 median towards a $69 mean; $40 to $200. */
    private BigDecimal price() {
        double price = 60 * Math.exp(random.nextGaussian() * 0.3);
        price = Math.max(40, Math.min(200, price));
        return BigDecimal.valueOf(Math.round(price / 5) * 5L).setScale(2, RoundingMode.UNNECESSARY);
    }

    private static double clamp(double value, double limit) {
        return Math.max(-limit, Math.min(limit, value));
    }
}
