package kneadwise.outcomes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import kneadwise.accounts.People;
import kneadwise.accounts.Role;
import kneadwise.booking.BookingTestSetup;
import kneadwise.booking.Practices;
import kneadwise.testing.FullStackTest;
import kneadwise.testing.MutableClock;
import kneadwise.testing.ServiceClient;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.JsonNode;

/**
 * The dashboard's figures against ones worked out by hand: 12 clients of one therapist finish a 2-session course,
 * 8 with pain 6 -> 3 (improved), 4 with pain 6 -> 6; 3 report soreness after the massage; notes record Swedish for
 * 10 courses and deep tissue for 2 (a group under 10: not shown). The courses are made once for the class; each case
 * only reads them, or puts back what it changed.
 */
@FullStackTest
@Import(BookingTestSetup.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OutcomeDashboardTest {

    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    @Autowired
    ServiceClient service;

    @Autowired
    ApplicationContext context;

    @Autowired
    MutableClock clock;

    Practices.Practice practice;
    ServiceClient therapist;
    final List<String> patients = new ArrayList<>();

    @BeforeAll
    void twelveClientsFinishATwoSessionCourse() {
        clock.set(BookingTestSetup.START);
        practice = Practices.open(service, context, NEW_YORK);
        List<String> courses = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            String email = People.signUp(service, "PATIENT");
            LocalDate day = LocalDate.of(2027, 3, 1).plusDays(i / 8);
            String first = day.atTime(LocalTime.of(9 + i % 8, 0))
                    .atZone(NEW_YORK)
                    .toOffsetDateTime()
                    .toString();
            HttpResponse<String> booked =
                    People.signedIn(service, email).postJson("/api/v1/courses", """
                    {"therapistId": "%s", "firstSessionStart": "%s", "sessions": 2, "everyDays": 7}""".formatted(practice.id(), first));
            assertThat(booked.statusCode()).as(booked.body()).isEqualTo(201);
            patients.add(email);
            courses.add(People.json(booked).get("id").asString());
        }
        clock.set(Instant.parse("2027-03-20T12:00:00Z")); // after every session
        therapist = People.signedIn(service, practice.email());
        for (int i = 0; i < 12; i++) {
            ServiceClient patient = People.signedIn(service, patients.get(i));
            String outcomes = "/api/v1/courses/" + courses.get(i) + "/outcomes";
            assertThat(patient.postJson(outcomes, "{\"session\": 1, \"painNrs\": 6}")
                            .statusCode())
                    .isEqualTo(201);
            String soreness = i < 3 ? "[\"SORENESS\"]" : "[]";
            int after = i < 8 ? 3 : 6;
            assertThat(patient.postJson(
                                    outcomes,
                                    "{\"session\": 2, \"painNrs\": %d, \"sideEffects\": %s}".formatted(after, soreness))
                            .statusCode())
                    .isEqualTo(201);
            String technique = i < 10 ? "SWEDISH" : "DEEP_TISSUE";
            HttpResponse<String> note = therapist.send(
                    "PUT",
                    "/api/v1/courses/" + courses.get(i) + "/notes/2",
                    """
                    {"regions": ["SACRUM"], "techniques": ["%s"], "pressure": "LIGHT", "minutes": 45,
                     "response": "Fine", "plan": "Same"}""".formatted(technique),
                    "application/json");
            assertThat(note.statusCode()).as(note.body()).isEqualTo(200);
        }
    }

    @Test
    void theClinicSeesEveryoneWithTheIntervalsWorkedOutByHand() {
        JsonNode dashboard = People.json(clinic().get("/api/v1/outcomes/dashboard"));

        JsonNode everyone = line(dashboard, "OVERALL");
        // 8 of 12 improved: Wilson 95% 0.3906 to 0.8619 (worked out by hand)
        assertThat(everyone.at("/improved/count").asInt()).isEqualTo(8);
        assertThat(everyone.at("/improved/total").asInt()).isEqualTo(12);
        assertThat(everyone.at("/improved/low").asDouble()).isCloseTo(0.3906, within(1e-4));
        assertThat(everyone.at("/improved/high").asDouble()).isCloseTo(0.8619, within(1e-4));
        // 3 of 12 massaged clients reported a side effect: 0.0889 to 0.5323
        assertThat(everyone.at("/sideEffects/count").asInt()).isEqualTo(3);
        assertThat(everyone.at("/sideEffects/low").asDouble()).isCloseTo(0.0889, within(1e-4));
        assertThat(everyone.at("/sideEffects/high").asDouble()).isCloseTo(0.5323, within(1e-4));
        JsonNode byTherapist = line(dashboard, "THERAPIST");
        assertThat(byTherapist.get("group").asString()).isEqualTo("Dana Practice");
        JsonNode swedish = line(dashboard, "TECHNIQUE");
        assertThat(swedish.get("group").asString()).isEqualTo("Swedish");
        assertThat(swedish.at("/improved/count").asInt()).isEqualTo(8); // clients 0-7 improved, all Swedish
        assertThat(swedish.at("/improved/total").asInt()).isEqualTo(10);
        assertThat(dashboard.get("hiddenGroups").asInt()).isEqualTo(1); // deep tissue, 2 clients
        assertThat(dashboard.get("trials").toString()).contains("1.5% to 25%");
    }

    @Test
    void theCsvHasTheSameFigures() {
        HttpResponse<String> csv = clinic().get("/api/v1/outcomes/dashboard.csv");

        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.body().lines().toList())
                .contains("OVERALL,\"Everyone\",12,8,0.6667,0.3906,0.8619,12,3,0.2500,0.0889,0.5323");
    }

    @Test
    void aTherapistSeesTheirOwnClientsOnly() {
        JsonNode own = People.json(therapist.get("/api/v1/outcomes/dashboard"));
        assertThat(own.get("scope").asString()).isEqualTo("Your clients");
        assertThat(line(own, "OVERALL").at("/improved/count").asInt()).isEqualTo(8);
        assertThat(own.get("lines").toString()).doesNotContain("THERAPIST");
    }

    @Test
    void aPatientIsRefusedAndAStrangerAskedToSignIn() {
        HttpResponse<String> patient =
                People.signedIn(service, patients.getFirst()).get("/api/v1/outcomes/dashboard");
        HttpResponse<String> stranger = service.get("/api/v1/outcomes/dashboard");

        for (HttpResponse<String> refused : List.of(patient, stranger)) {
            assertThat(refused.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        }
        assertThat(People.json(patient).get("status").asInt()).isEqualTo(403);
        assertThat(People.json(stranger).get("status").asInt()).isEqualTo(401);
        assertThat(patient.body() + stranger.body()).doesNotContain("Everyone", "Dana Practice");
    }

    @Test
    void withTwelveClientsTheTherapistPublishesTheRecordAndWithdrawsIt() {
        String profile = "/api/v1/therapists/" + practice.id();
        assertThat(People.json(service.get(profile)).get("outcomeRecord").isNull())
                .isTrue();
        HttpResponse<String> published =
                therapist.send("PUT", "/api/v1/me/outcome-record", "{\"published\": true}", "application/json");
        assertThat(published.statusCode()).as(published.body()).isEqualTo(200);
        JsonNode shown = People.json(service.get(profile)).get("outcomeRecord");
        assertThat(shown.get("clients").asInt()).isEqualTo(12);
        assertThat(shown.get("improved").asInt()).isEqualTo(8);
        assertThat(shown.get("low").asDouble()).isCloseTo(0.3906, within(1e-4));
        assertThat(therapist
                        .send("PUT", "/api/v1/me/outcome-record", "{\"published\": false}", "application/json")
                        .statusCode())
                .isEqualTo(200);
        assertThat(People.json(service.get(profile)).get("outcomeRecord").isNull())
                .isTrue();
    }

    @Test
    void aTherapistWithoutFinishedCoursesCannotPublishAndAPatientMayNot() {
        ServiceClient newcomer = Practices.open(service, context, NEW_YORK).client();
        HttpResponse<String> tooFew =
                newcomer.send("PUT", "/api/v1/me/outcome-record", "{\"published\": true}", "application/json");
        assertThat(tooFew.statusCode()).isEqualTo(409);
        assertThat(People.json(tooFew).get("detail").asString()).contains("10 or more");
        assertThat(People.signedIn(service, patients.getFirst())
                        .send("PUT", "/api/v1/me/outcome-record", "{\"published\": true}", "application/json")
                        .statusCode())
                .isEqualTo(403);
    }

    private ServiceClient clinic() {
        return People.signedIn(service, People.given(context, Role.CLINIC_ADMIN));
    }

    private static JsonNode line(JsonNode dashboard, String kind) {
        for (JsonNode line : dashboard.get("lines")) {
            if (line.get("kind").asString().equals(kind)) {
                return line;
            }
        }
        throw new AssertionError("no " + kind + " line in " + dashboard);
    }
}
