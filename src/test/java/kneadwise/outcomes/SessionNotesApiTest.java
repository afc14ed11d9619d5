package kneadwise.outcomes;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import kneadwise.accounts.People;
import kneadwise.booking.BookingTestSetup;
import kneadwise.booking.Practices;
import kneadwise.testing.FullStackTest;
import kneadwise.testing.MutableClock;
import kneadwise.testing.ServiceClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.JsonNode;

/**
 * Session notes over HTTP: the course's therapist writes and rewrites them, the patient reads them, others are told
 * the course does not exist; the client's precautions come with the notes, and a note that departs from them is
 * kept as written with a warning.
 */
@FullStackTest
@Import(BookingTestSetup.class)
class SessionNotesApiTest {

    static final String NOTE = """
            {"subjective": "Stiff after gardening", "regions": ["LOWER_BACK_LEFT", "SACRUM"],
             "techniques": ["SWEDISH"], "pressure": "%s", "minutes": 50,
             "response": "Less guarding by the end", "plan": "Same areas, add hips"}""";

    @Autowired
    ServiceClient service;

    @Autowired
    ApplicationContext context;

    @Autowired
    MutableClock clock;

    Practices.Practice practice;
    String patientEmail;
    ServiceClient patient;
    String notes;

    @BeforeEach
    void aCourseForAClientWithOsteoporosis() {
        clock.set(BookingTestSetup.START);
        practice = Practices.open(service, context, ZoneId.of("America/New_York"));
        patientEmail = People.signUp(service, "PATIENT");
        patient = People.signedIn(service, patientEmail);
        HttpResponse<String> checkIn = patient.postJson("/api/v1/me/assessments", """
                {"age": 66, "painDurationWeeks": 20, "painNow": 5, "findings": ["OSTEOPOROSIS"]}""");
        assertThat(checkIn.statusCode()).as(checkIn.body()).isEqualTo(201);
        HttpResponse<String> booked = patient.postJson("/api/v1/courses", """
                {"therapistId": "%s", "firstSessionStart": "2027-03-02T18:00:00-05:00", "sessions": 6,
                 "everyDays": 7}""".formatted(practice.id()));
        assertThat(booked.statusCode()).as(booked.body()).isEqualTo(201);
        notes = "/api/v1/courses/" + People.json(booked).get("id").asString() + "/notes";
        assertThat(practice.client()
                        .send("PUT", notes + "/1", NOTE.formatted("LIGHT"), "application/json")
                        .statusCode())
                .as("a session not yet held has no note")
                .isEqualTo(400);
        // after session 1 (2027-03-02 23:00Z), weeks later: both sign in again
        clock.set(java.time.Instant.parse("2027-03-03T01:00:00Z"));
        practice = new Practices.Practice(
                People.signedIn(service, practice.email()), practice.email(), practice.profile());
        patient = People.signedIn(service, patientEmail);
    }

    @Test
    void theTherapistWritesAndRewritesTheClientReadsWithThePrecautions() {
        HttpResponse<String> written =
                practice.client().send("PUT", notes + "/1", NOTE.formatted("LIGHT"), "application/json");
        assertThat(written.statusCode()).as(written.body()).isEqualTo(200);
        assertThat(People.json(written).get("warnings")).isEmpty();

        HttpResponse<String> firm =
                practice.client().send("PUT", notes + "/1", NOTE.formatted("FIRM"), "application/json");
        assertThat(firm.statusCode()).isEqualTo(200);
        assertThat(People.json(firm).get("warnings").get(0).asString())
                .contains("Pressure was firm", "light pressure only", "osteoporosis");

        JsonNode read = People.json(patient.get(notes));
        assertThat(read.get("notes")).hasSize(1); // written again: replaced, not added
        JsonNode note = read.get("notes").get(0);
        assertThat(note.get("pressure").asString()).isEqualTo("FIRM");
        assertThat(note.get("regions").toString()).isEqualTo("[\"LOWER_BACK_LEFT\",\"SACRUM\"]");
        assertThat(note.get("minutes").asInt()).isEqualTo(50);
        assertThat(read.get("precautions").has("OSTEOPOROSIS")).isTrue();
        assertThat(People.json(patient.get("/api/v1/me/export")).get("sessionNotes"))
                .hasSize(1);
    }

    @Test
    void onlyTheCoursesTherapistWritesAndOthersSeeNothing() {
        assertThat(patient.send("PUT", notes + "/1", NOTE.formatted("LIGHT"), "application/json")
                        .statusCode())
                .isEqualTo(403);
        ServiceClient otherTherapist =
                Practices.open(service, context, ZoneId.of("America/New_York")).client();
        assertThat(otherTherapist
                        .send("PUT", notes + "/1", NOTE.formatted("LIGHT"), "application/json")
                        .statusCode())
                .isEqualTo(404);
        assertThat(otherTherapist.get(notes).statusCode()).isEqualTo(404);
        assertThat(People.newPatient(service).get(notes).statusCode()).isEqualTo(404);
        assertThat(service.get(notes).statusCode()).isEqualTo(401);
        assertThat(People.json(patient.get(notes)).get("notes")).isEmpty();
    }

    @Test
    void aBadNoteNamesEveryBadFieldAndStoresNothing() {
        HttpResponse<String> bad =
                practice.client().send("PUT", notes + "/1", """
                {"regions": [], "techniques": ["TICKLING"], "pressure": "HARD", "minutes": 2,
                 "response": " ", "plan": "%s"}""".formatted("x".repeat(2001)), "application/json");

        assertThat(bad.statusCode()).isEqualTo(400);
        List<String> fields = new ArrayList<>();
        People.json(bad)
                .get("errors")
                .forEach(error -> fields.add(error.get("field").asString()));
        assertThat(fields)
                .containsExactlyInAnyOrder("regions", "techniques[0]", "pressure", "minutes", "response", "plan");
        assertThat(practice.client()
                        .send("PUT", notes + "/7", NOTE.formatted("LIGHT"), "application/json")
                        .statusCode())
                .isEqualTo(400);
        assertThat(People.json(patient.get(notes)).get("notes")).isEmpty();
    }
}
