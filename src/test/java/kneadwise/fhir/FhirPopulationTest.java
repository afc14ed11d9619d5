package kneadwise.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.rest.client.api.IGenericClient;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import kneadwise.accounts.People;
import kneadwise.assessment.Bothersomeness;
import kneadwise.assessment.Finding;
import kneadwise.booking.BookingTestSetup;
import kneadwise.booking.Practices;
import kneadwise.outcomes.BodyRegion;
import kneadwise.testing.FullStackTest;
import kneadwise.testing.MutableClock;
import kneadwise.testing.ServiceClient;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Parameters;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A generated population (seeded, so every run is the same people) made through the real API: check-ins with random
 * answers and findings, and a course each with logged sessions and a note. Every resource of every person's
 * {@code $everything} passes HAPI's validator, with our Questionnaires and CodeSystems loaded, without error. (A
 * grant of access needs mail, which this clock's context records elsewhere: FhirRecordsTest validates Consent.)
 */
@FullStackTest
@Import(BookingTestSetup.class)
class FhirPopulationTest {

    static final long SEED = 20261129L;
    static final int PEOPLE = 8;
    static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    ServiceClient service;

    @Autowired
    ApplicationContext context;

    @Autowired
    MutableClock clock;

    @LocalServerPort
    int port;

    @Test
    void everyResourceOfEveryPersonIsValidR4() {
        Random random = new Random(SEED);
        clock.set(BookingTestSetup.START);
        Practices.Practice practice = Practices.open(service, context, ZoneId.of("America/New_York"));
        List<String> emails = new ArrayList<>();
        List<String> courses = new ArrayList<>();
        for (int person = 0; person < PEOPLE; person++) {
            emails.add(People.signUp(service, "PATIENT"));
        }
        for (int person = 0; person < PEOPLE; person++) {
            ServiceClient patient = People.signedIn(service, emails.get(person));
            keep(patient, intake(random, true));
            clock.set(clock.instant().plusSeconds(60)); // so that the next is the latest
            keep(patient, intake(random, false)); // without findings, it lets them book
            HttpResponse<String> booked = patient.postJson("/api/v1/courses", """
                    {"therapistId": "%s", "firstSessionStart": "2027-03-02T%02d:00:00-05:00", "sessions": 4,
                     "everyDays": 7}""".formatted(practice.id(), 9 + person));
            assertThat(booked.statusCode()).as(booked.body()).isEqualTo(201);
            courses.add(People.json(booked).get("id").asString());
        }
        for (int session = 1; session <= 3; session++) {
            clock.set(Instant.parse("2027-03-03T01:00:00Z").plus(Duration.ofDays(7L * (session - 1))));
            for (int person = 0; person < PEOPLE; person++) {
                HttpResponse<String> logged = People.signedIn(service, emails.get(person))
                        .postJson("/api/v1/courses/" + courses.get(person) + "/outcomes", log(random, session));
                assertThat(logged.statusCode()).as(logged.body()).isEqualTo(201);
            }
        }
        ServiceClient therapist = People.signedIn(service, practice.email());
        for (String course : courses) {
            HttpResponse<String> noted =
                    therapist.send("PUT", "/api/v1/courses/" + course + "/notes/1", note(random), "application/json");
            assertThat(noted.statusCode()).as(noted.body()).isEqualTo(200);
        }

        Map<String, Integer> seen = new TreeMap<>();
        List<String> errors = new ArrayList<>();
        for (String email : emails) {
            ServiceClient patient = People.signedIn(service, email);
            String patientId = People.json(patient.get("/api/v1/me")).get("id").asString();
            Bundle everything = fhir(patient)
                    .operation()
                    .onInstance("Patient/" + patientId)
                    .named("$everything")
                    .withParameters(new Parameters())
                    .returnResourceType(Bundle.class)
                    .useHttpGet()
                    .execute();
            for (Bundle.BundleEntryComponent entry : everything.getEntry()) {
                seen.merge(entry.getResource().fhirType(), 1, Integer::sum);
                FhirValidation.errorsIn(entry.getResource())
                        .forEach(error -> errors.add(entry.getResource().fhirType() + "/"
                                + entry.getResource().getIdElement().getIdPart() + ": " + error));
            }
        }

        assertThat(errors).isEmpty();
        assertThat(seen.keySet())
                .containsExactlyInAnyOrder(
                        "Patient",
                        "QuestionnaireResponse",
                        "Observation",
                        "Flag",
                        "CarePlan",
                        "Goal",
                        "Appointment",
                        "Procedure");
        assertThat(seen.get("Patient")).isEqualTo(PEOPLE);
        assertThat(seen.get("QuestionnaireResponse")).isEqualTo(PEOPLE * (2 + 3)); // 2 check-ins, 3 logs each
    }

    private static void keep(ServiceClient patient, String intake) {
        HttpResponse<String> kept = patient.postJson("/api/v1/me/assessments", intake);
        assertThat(kept.statusCode()).as(kept.body()).isEqualTo(201);
    }

    /** A random intake: every instrument answered at random, and some findings when asked for. */
    static String intake(Random random, boolean withFindings) {
        ObjectNode intake = JSON.createObjectNode()
                .put("age", 18 + random.nextInt(80))
                .put("painDurationWeeks", random.nextInt(200))
                .put("painNow", random.nextInt(11));
        if (withFindings) {
            ArrayNode findings = intake.putArray("findings");
            for (Finding finding : Finding.values()) {
                if (random.nextInt(6) == 0) {
                    findings.add(finding.name());
                }
            }
        }
        ObjectNode startBack = intake.putObject("startBack");
        for (String field : CheckinResponses.START_BACK_FIELDS.subList(0, 8)) {
            startBack.put(field, random.nextBoolean());
        }
        startBack.put("bothersomeness", Bothersomeness.values()[random.nextInt(Bothersomeness.values().length)].name());
        if (random.nextBoolean()) {
            ArrayNode rmdq = intake.putArray("rmdq");
            for (int i = 0; i < 24; i++) {
                rmdq.add(random.nextBoolean());
            }
        } else {
            ArrayNode odi = intake.putArray("odi");
            for (int i = 0; i < 10; i++) {
                if (i == 7) {
                    odi.addNull();
                } else {
                    odi.add(random.nextInt(6));
                }
            }
        }
        return JSON.writeValueAsString(intake);
    }

    /** Pain and side effects; the function questionnaire the course asks for at sessions 1 and 3. */
    static String log(Random random, int session) {
        ObjectNode log = JSON.createObjectNode().put("session", session).put("painNrs", random.nextInt(11));
        ArrayNode effects = log.putArray("sideEffects");
        if (random.nextBoolean()) {
            effects.add("SORENESS");
        }
        return JSON.writeValueAsString(log);
    }

    static String note(Random random) {
        BodyRegion region = BodyRegion.values()[random.nextInt(BodyRegion.values().length)];
        return """
                {"subjective": "Sore after work", "regions": ["%s"], "techniques": ["SWEDISH"], "pressure": "LIGHT",
                 "minutes": 45, "response": "Relaxed", "plan": "Same again"}""".formatted(region.name());
    }

    private IGenericClient fhir(ServiceClient who) {
        return FhirValidation.client(port, who);
    }
}
