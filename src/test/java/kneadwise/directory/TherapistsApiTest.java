package kneadwise.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import kneadwise.accounts.People;
import kneadwise.testing.FullStackTest;
import kneadwise.testing.ServiceClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The public directory over HTTP: search by point or ZIP code with filters, profiles, and bad queries named. */
@FullStackTest
class TherapistsApiTest {

    @Autowired
    ServiceClient service;

    @Autowired
    Therapists therapists;

    private final JsonMapper json = JsonMapper.builder().build();

    // The class shares one database: the directory is filled once.
    private static Therapist midtown;
    private static Therapist brooklyn;
    private static Therapist chicago;

    @BeforeEach
    void someTherapists() {
        if (midtown != null) {
            return;
        }
        midtown =
                therapist("Ana Midtown", new GeoPoint(40.7549, -73.9840), "95", List.of(Technique.SWEDISH), true, "es");
        brooklyn = therapist(
                "Ben Brooklyn",
                new GeoPoint(40.6782, -73.9442),
                "70",
                List.of(Technique.DEEP_TISSUE, Technique.TRIGGER_POINT),
                false,
                "en");
        chicago =
                therapist("Cy Chicago", new GeoPoint(41.8781, -87.6298), "60", List.of(Technique.SWEDISH), true, "en");
        therapists.add(midtown);
        therapists.add(brooklyn);
        therapists.add(chicago);
    }

    @Test
    void searchesNearAZipCodeNearestFirst() {
        // 10001 is Chelsea, Manhattan: Midtown is about 1 km away, Brooklyn about 9 km, Chicago far out of range
        JsonNode found = ok("/api/v1/therapists?postalCode=10001&radiusKm=25");

        assertThat(found.get("results").valueStream().map(r -> r.get("name").asString()))
                .containsExactly("Ana Midtown", "Ben Brooklyn");
        JsonNode first = found.get("results").get(0);
        assertThat(first.get("id").asString()).isEqualTo(midtown.id().toString());
        assertThat(first.get("distanceKm").asDouble()).isBetween(0.5, 2.0);
        assertThat(first.get("pricePerSession").decimalValue()).isEqualByComparingTo("95");
        assertThat(first.get("techniques").get(0).asString()).isEqualTo("SWEDISH");
        assertThat(first.has("nextCourseStart")).isTrue();
    }

    @Test
    void filtersByTechniquePriceLanguageAndPregnancyTraining() {
        String near = "/api/v1/therapists?lat=40.75&lon=-73.99&radiusKm=50";

        assertThat(names(near + "&technique=trigger_point")).containsExactly("Ben Brooklyn");
        assertThat(names(near + "&maxPrice=80")).containsExactly("Ben Brooklyn");
        assertThat(names(near + "&language=es")).containsExactly("Ana Midtown");
        assertThat(names(near + "&pregnancyTrained=true")).containsExactly("Ana Midtown");
        assertThat(names(near + "&limit=1")).containsExactly("Ana Midtown");
        assertThat(names("/api/v1/therapists?lat=41.88&lon=-87.63&radiusKm=500"))
                .containsExactly("Cy Chicago");
    }

    @Test
    void aPregnantPersonSeesPregnancyTrainedTherapistsUnlessTheySayOtherwise() {
        ServiceClient pregnant = People.newPatient(service);
        HttpResponse<String> saved = pregnant.postJson("/api/v1/me/assessments", """
                {"age": 31, "painDurationWeeks": 3, "painNow": 4, "findings": ["PREGNANCY"]}""");
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(201);
        String near = "/api/v1/therapists?lat=40.75&lon=-73.99&radiusKm=50";

        JsonNode found = json.readTree(pregnant.get(near).body());

        assertThat(found.get("results").valueStream().map(r -> r.get("name").asString()))
                .containsExactly("Ana Midtown");
        assertThat(found.get("notes").get(0).asString()).contains("pregnancy-trained");
        JsonNode everyone =
                json.readTree(pregnant.get(near + "&pregnancyTrained=false").body());
        assertThat(everyone.get("results")).hasSize(2);
        assertThat(everyone.get("notes")).isEmpty();
        // someone else signed in, and nobody signed in, see everyone
        assertThat(json.readTree(People.newPatient(service).get(near).body()).get("results"))
                .hasSize(2);
        assertThat(ok(near).get("results")).hasSize(2);
    }

    @Test
    void filtersByInsuranceAndGender() {
        String near = "/api/v1/therapists?lat=40.75&lon=-73.99&radiusKm=50";

        assertThat(names(near + "&insurance=AETNA")).containsExactly("Ben Brooklyn");
        assertThat(names(near + "&gender=male")).containsExactly("Ben Brooklyn");
        assertThat(names(near + "&gender=Female")).containsExactly("Ana Midtown");
        assertThat(names(near + "&insurance=Nobody")).isEmpty();
    }

    @Test
    void everyBadQueryFieldIsNamed() {
        HttpResponse<String> bad =
                service.get("/api/v1/therapists?lat=95&lon=abc&radiusKm=0&technique=reiki&maxPrice=-1&language=english"
                        + "&pregnancyTrained=maybe&limit=1000&weekday=FUNDAY&time=25:00&sessions=0&insurance="
                        + "x".repeat(61));

        assertThat(bad.statusCode()).isEqualTo(400);
        JsonNode problem = json.readTree(bad.body());
        assertThat(problem.get("errors")
                        .valueStream()
                        .map(error -> error.get("field").asString()))
                .containsExactlyInAnyOrder(
                        "lat",
                        "lon",
                        "radiusKm",
                        "technique",
                        "maxPrice",
                        "language",
                        "pregnancyTrained",
                        "limit",
                        "weekday",
                        "time",
                        "sessions",
                        "insurance");
        assertThat(service.get("/api/v1/therapists").statusCode()).isEqualTo(400);
        assertThat(service.get("/api/v1/therapists?postalCode=00000").body()).contains("postalCode");
    }

    @Test
    void showsAPublicProfile() {
        JsonNode profile = ok("/api/v1/therapists/" + midtown.id());

        assertThat(profile.get("name").asString()).isEqualTo("Ana Midtown");
        assertThat(profile.get("licence").get("verified").asBoolean()).isTrue();
        assertThat(profile.get("pregnancyTrained").asBoolean()).isTrue();
        assertThat(profile.get("timeZone").asString()).isEqualTo("America/New_York");
        assertThat(profile.has("accountId")).isFalse();
        assertThat(service.get("/api/v1/therapists/" + UUID.randomUUID()).statusCode())
                .isEqualTo(404);
        assertThat(service.get("/api/v1/therapists/not-an-id").statusCode()).isEqualTo(404);
    }

    private JsonNode ok(String path) {
        HttpResponse<String> response = service.get(path);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json.readTree(response.body());
    }

    private List<String> names(String path) {
        return ok(path).get("results")
                .valueStream()
                .map(result -> result.get("name").asString())
                .toList();
    }

    private static Therapist therapist(
            String name, GeoPoint where, String price, List<Technique> techniques, boolean pregnancy, String language) {
        return new Therapist(
                UUID.randomUUID(),
                null,
                name,
                "NY",
                "MT-" + name.hashCode(),
                UUID.randomUUID(),
                Instant.parse("2026-11-01T10:00:00Z"),
                List.of(),
                techniques,
                pregnancy,
                false,
                List.of(language),
                name.startsWith("Ben") ? "male" : "female",
                new BigDecimal(price),
                name.startsWith("Ben") ? List.of("Aetna", "Cigna") : List.of("Medicare"),
                null,
                null,
                where,
                60,
                ZoneId.of("America/New_York"),
                24);
    }
}
