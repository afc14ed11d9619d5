package kneadwise.directory;

import static kneadwise.accounts.People.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import kneadwise.accounts.AuditLog;
import kneadwise.accounts.People;
import kneadwise.accounts.Role;
import kneadwise.testing.FullStackTest;
import kneadwise.testing.ServiceClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Therapists write their own profile over the API; administrators verify licences, and a changed licence is not. */
@FullStackTest
class TherapistProfilesApiTest {

    static final String MINE = "/api/v1/me/therapist-profile";

    @Autowired
    ServiceClient service;

    @Autowired
    ApplicationContext context;

    @Autowired
    AuditLog audit;

    private final JsonMapper mapper = JsonMapper.builder().build();

    @Test
    void aTherapistWritesTheirProfileAndIsFoundNearIt() {
        ServiceClient therapist = People.signedIn(service, People.signUp(service, "THERAPIST"));
        assertThat(therapist.get(MINE).statusCode()).isEqualTo(404);

        HttpResponse<String> saved = put(therapist, chicagoProfile());

        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
        JsonNode profile = json(saved);
        // ZIP 60601 is the Loop, Chicago: placed there, in Central time
        assertThat(profile.get("location").get("latitude").asDouble()).isBetween(41.8, 41.95);
        assertThat(profile.get("timeZone").asString()).isEqualTo("America/Chicago");
        assertThat(profile.get("techniques").valueStream().map(JsonNode::asString))
                .containsExactly("SWEDISH", "TRIGGER_POINT");
        assertThat(profile.get("languages").valueStream().map(JsonNode::asString))
                .containsExactly("en", "pl");
        assertThat(profile.get("insurance").valueStream().map(JsonNode::asString))
                .containsExactly("Aetna", "Blue Cross");
        assertThat(profile.get("pricePerSession").decimalValue()).isEqualByComparingTo("72.50");
        assertThat(profile.get("cancellationNoticeHours").asInt()).isEqualTo(12);
        assertThat(profile.get("licence").get("verified").asBoolean()).isFalse();
        String id = profile.get("id").asString();

        assertThat(json(service.get("/api/v1/therapists/" + id)).get("name").asString())
                .isEqualTo("Dana Loop");
        JsonNode found = json(service.get("/api/v1/therapists?postalCode=60601&radiusKm=2&technique=TRIGGER_POINT"));
        assertThat(found.get("results")
                        .valueStream()
                        .map(result -> result.get("id").asString()))
                .contains(id);

        // Saving again replaces the profile: still one, with the same id
        ObjectNode cheaper = chicagoProfile().put("pricePerSession", 65);
        assertThat(json(put(therapist, cheaper)).get("id").asString()).isEqualTo(id);
        assertThat(json(therapist.get(MINE)).get("pricePerSession").decimalValue())
                .isEqualByComparingTo("65");
    }

    @Test
    void everyBadFieldIsNamedAndNothingIsStored() {
        ServiceClient therapist = People.signedIn(service, People.signUp(service, "THERAPIST"));
        ObjectNode bad = mapper.createObjectNode()
                .put("name", "")
                .put("licenceState", "NY")
                .put("pricePerSession", -5)
                .put("postalCode", "00000")
                .put("sessionMinutes", 5)
                .put("cancellationNoticeHours", 500)
                .put("timeZone", "Mars/Olympus")
                .put("pregnancyTrained", "maybe");
        bad.putArray("techniques").add("REIKI");
        bad.putArray("languages").add("english");

        HttpResponse<String> refused = put(therapist, bad);

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(json(refused)
                        .get("errors")
                        .valueStream()
                        .map(error -> error.get("field").asString()))
                .containsExactlyInAnyOrder(
                        "name",
                        "licenceNumber",
                        "techniques",
                        "pregnancyTrained",
                        "languages",
                        "pricePerSession",
                        "postalCode",
                        "sessionMinutes",
                        "timeZone",
                        "cancellationNoticeHours");
        assertThat(therapist.get(MINE).statusCode()).isEqualTo(404);
    }

    @Test
    void coordinatesNeedATimeZone() {
        ServiceClient therapist = People.signedIn(service, People.signUp(service, "THERAPIST"));
        ObjectNode placed = chicagoProfile();
        placed.remove("postalCode");
        placed.put("latitude", 61.2181).put("longitude", -149.9003);

        HttpResponse<String> refused = put(therapist, placed);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(json(refused).get("errors").get(0).get("field").asString()).isEqualTo("timeZone");

        HttpResponse<String> saved = put(therapist, placed.put("timeZone", "America/Anchorage"));
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
        assertThat(json(saved).get("location").get("longitude").asDouble()).isEqualTo(-149.9003);
    }

    @Test
    void twoFirstSavesAtOnceLeaveOneProfile() throws Exception {
        for (int round = 0; round < 6; round++) {
            ServiceClient therapist = People.signedIn(service, People.signUp(service, "THERAPIST"));
            java.util.concurrent.CyclicBarrier together = new java.util.concurrent.CyclicBarrier(2);
            try (var threads = java.util.concurrent.Executors.newFixedThreadPool(2)) {
                List<java.util.concurrent.Future<Integer>> saves = new java.util.ArrayList<>();
                for (int i = 0; i < 2; i++) {
                    saves.add(threads.submit(() -> {
                        together.await();
                        return put(therapist, chicagoProfile()).statusCode();
                    }));
                }
                for (java.util.concurrent.Future<Integer> save : saves) {
                    assertThat(save.get()).isEqualTo(200);
                }
            }
            assertThat(therapist.get(MINE).statusCode()).isEqualTo(200);
        }
    }

    @Test
    void onlyTherapistsHaveAProfile() {
        ServiceClient patient = People.newPatient(service);

        assertThat(put(patient, chicagoProfile()).statusCode()).isEqualTo(403);
        assertThat(patient.get(MINE).statusCode()).isEqualTo(403);
    }

    @Test
    void anAdministratorVerifiesALicenceAndAChangedLicenceLosesIt() {
        String therapistEmail = People.signUp(service, "THERAPIST");
        ServiceClient therapist = People.signedIn(service, therapistEmail);
        String id = json(put(therapist, chicagoProfile())).get("id").asString();
        UUID therapistAccount =
                UUID.fromString(json(therapist.get("/api/v1/me")).get("id").asString());
        ServiceClient admin = People.signedIn(service, People.given(context, Role.SYSTEM_ADMIN));

        assertThat(json(admin.get("/api/v1/admin/licences/unverified"))
                        .valueStream()
                        .map(waiting -> waiting.get("id").asString()))
                .contains(id);
        HttpResponse<String> verified = admin.send(
                "POST", "/api/v1/admin/therapists/" + id + "/licence-verification", "{}", "application/json");
        assertThat(verified.statusCode()).as(verified.body()).isEqualTo(200);
        assertThat(json(service.get("/api/v1/therapists/" + id))
                        .get("licence")
                        .get("verified")
                        .asBoolean())
                .isTrue();
        assertThat(audit.about(therapistAccount))
                .anySatisfy(event -> assertThat(event.action()).isEqualTo(TherapistProfiles.VERIFY));
        assertThat(therapist
                        .send(
                                "POST",
                                "/api/v1/admin/therapists/" + id + "/licence-verification",
                                "{}",
                                "application/json")
                        .statusCode())
                .isEqualTo(403);

        // The same licence saved again stays verified; another number must be checked again
        assertThat(json(put(therapist, chicagoProfile().put("pricePerSession", 80)))
                        .get("licence")
                        .get("verified")
                        .asBoolean())
                .isTrue();
        assertThat(json(put(therapist, chicagoProfile().put("licenceNumber", "227.999999")))
                        .get("licence")
                        .get("verified")
                        .asBoolean())
                .isFalse();
        // issue 16, item 6: a changed name, licence state or practice address ends the verification too
        for (ObjectNode changed : List.of(
                chicagoProfile().put("name", "Dana Loop-Other"),
                chicagoProfile().put("licenceState", "in"),
                chicagoProfile().put("address", "99 Other Street"),
                chicagoProfile().put("postalCode", "60611"))) {
            assertThat(json(put(therapist, chicagoProfile()))
                            .get("licence")
                            .get("verified")
                            .asBoolean())
                    .isFalse();
            assertThat(admin.send(
                                    "POST",
                                    "/api/v1/admin/therapists/" + id + "/licence-verification",
                                    "{}",
                                    "application/json")
                            .statusCode())
                    .isEqualTo(200);
            assertThat(json(put(therapist, changed))
                            .get("licence")
                            .get("verified")
                            .asBoolean())
                    .as(changed.toString())
                    .isFalse();
        }
        assertThat(admin.send(
                                "POST",
                                "/api/v1/admin/therapists/" + UUID.randomUUID() + "/licence-verification",
                                "{}",
                                "application/json")
                        .statusCode())
                .isEqualTo(404);
    }

    private ObjectNode chicagoProfile() {
        ObjectNode profile = mapper.createObjectNode()
                .put("name", "Dana Loop")
                .put("licenceState", "il")
                .put("licenceNumber", "227.012345")
                .put("pregnancyTrained", true)
                .put("gender", "female")
                .put("pricePerSession", 72.5)
                .put("address", "100 N Michigan Ave, Chicago")
                .put("postalCode", "60601")
                .put("sessionMinutes", 60)
                .put("cancellationNoticeHours", 12);
        profile.putArray("techniques").add("SWEDISH").add("trigger_point");
        profile.putArray("languages").add("en").add("PL");
        profile.putArray("insurance").add("Aetna, Blue Cross");
        profile.putArray("certifications").add("NCBTMB board certified");
        return profile;
    }

    private HttpResponse<String> put(ServiceClient client, ObjectNode body) {
        return client.send("PUT", MINE, mapper.writeValueAsString(body), "application/json");
    }
}
