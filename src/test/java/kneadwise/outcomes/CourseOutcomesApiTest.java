package kneadwise.outcomes;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import kneadwise.accounts.People;
import kneadwise.booking.BookingTestSetup;
import kneadwise.booking.Practices;
import kneadwise.testing.FullStackTest;
import kneadwise.testing.MutableClock;
import kneadwise.testing.RecordingMailer;
import kneadwise.testing.ServiceClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.JsonNode;

/**
 * Logging a course session by session over HTTP and reading the verdicts of CLINICAL.md section 4 back, as the
 * patient and as the therapist; who may log and read; every bad field named, nothing stored.
 */
@FullStackTest
@Import(BookingTestSetup.class)
class CourseOutcomesApiTest {

    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    /** 6 weekly sessions at 18:00 New York time; session n starts on 2027-03-02 + 7(n-1) days, 23:00Z. */
    static final String FIRST = "2027-03-02T18:00:00-05:00";

    static final String ODI_60 = "[3, 3, 3, 3, 3, 3, 3, 3, null, null]"; // 24 / 40 = 60.0
    static final String ODI_40 = "[2, 2, 2, 2, 2, 2, 2, 2, null, null]"; // 16 / 40 = 40.0

    @Autowired
    ServiceClient service;

    @Autowired
    ApplicationContext context;

    @Autowired
    MutableClock clock;

    @Autowired
    RecordingMailer mail;

    @Autowired
    LogReminders reminders;

    Practices.Practice practice;
    String patientEmail;
    ServiceClient patient;
    ServiceClient therapist;

    @BeforeEach
    void aPracticeAndAPatient() {
        clock.set(BookingTestSetup.START);
        practice = Practices.open(service, context, NEW_YORK);
        therapist = practice.client();
        patientEmail = People.signUp(service, "PATIENT");
        patient = People.signedIn(service, patientEmail);
    }

    @Test
    void aCourseThatHelpsIsJudgedAtTheCheckpointAndAtTheEndForPatientAndTherapist() {
        String course = book(6);
        String outcomes = "/api/v1/courses/" + course + "/outcomes";

        atSession(1);
        assertThat(log(outcomes, 1, 7, "[]", "\"odi\": " + ODI_60).statusCode()).isEqualTo(201);
        atSession(2);
        assertThat(log(outcomes, 2, 6, "[\"SORENESS\"]", null).statusCode()).isEqualTo(201);
        atSession(3);
        HttpResponse<String> third = log(outcomes, 3, 6, "[\"NONE\"]", "\"odi\": " + ODI_40);
        assertThat(third.statusCode()).as(third.body()).isEqualTo(201);

        JsonNode checkpoint = progress(patient, course).get("checkpoint");
        // pain 7 -> 6: 1 point and 14.3%, under both thresholds; ODI 60 -> 40 improved, and version 2 judges
        // function at the checkpoint too
        assertThat(checkpoint.get("session").asInt()).isEqualTo(3);
        assertThat(checkpoint.get("pain").get("verdict").asString()).isEqualTo("NO_IMPORTANT_CHANGE");
        assertThat(checkpoint.get("pain").get("percentImprovement").decimalValue())
                .isEqualByComparingTo("14.3");
        assertThat(checkpoint.get("function").get("verdict").asString()).isEqualTo("IMPROVED");
        assertThat(checkpoint.get("verdict").asString()).isEqualTo("IMPROVED");
        assertThat(checkpoint.get("advice").asString()).isEqualTo("CONTINUE_IMPROVING");
        assertThat(checkpoint.get("message").asString()).contains("Keep going");
        assertThat(progress(patient, course).get("end").isNull()).isTrue();

        for (int session = 4; session <= 5; session++) {
            atSession(session);
            assertThat(log(outcomes, session, 10 - session, "[]", null).statusCode())
                    .isEqualTo(201);
        }
        atSession(6);
        HttpResponse<String> last = log(
                outcomes,
                6,
                4,
                "[{\"kind\": \"BRUISING\", \"severity\": \"MILD\"}]",
                "\"odi\": " + ODI_40 + ", \"globalImpression\": \"MUCH_IMPROVED\"");
        assertThat(last.statusCode()).as(last.body()).isEqualTo(201);

        for (ServiceClient reader : List.of(patient, therapist)) {
            JsonNode progress = progress(reader, course);
            assertThat(progress.get("functionInstrument").asString()).isEqualTo("ODI");
            assertThat(scores(progress.get("pain"))).containsExactly("7", "6", "6", "6", "5", "4");
            assertThat(scores(progress.get("function"))).containsExactly("60.0", "40.0", "40.0");
            assertThat(progress.get("sideEffects")).hasSize(2);
            JsonNode end = progress.get("end");
            // pain 7 -> 4: 3 points (>= 2) and 42.9%; ODI 60 -> 40: 20 points (>= 10) and 33.3%
            assertThat(end.get("pain").get("improvement").decimalValue()).isEqualByComparingTo("3");
            assertThat(end.get("pain").get("verdict").asString()).isEqualTo("IMPROVED");
            assertThat(end.get("function").get("percentImprovement").decimalValue())
                    .isEqualByComparingTo("33.3");
            assertThat(end.get("verdict").asString()).isEqualTo("IMPROVED");
            assertThat(end.get("advice").asString()).isEqualTo("HELPED");
            assertThat(end.get("message").asString())
                    .contains("short-term", "Better by 3 points", "cannot tell how much of it was the massage");
            assertThat(end.get("globalImpression").asString()).isEqualTo("MUCH_IMPROVED");
            assertThat(progress.get("due")).isEmpty();
        }
        JsonNode export = People.json(patient.get("/api/v1/me/export"));
        assertThat(export.get("courses")).hasSize(1);
        assertThat(export.get("outcomeLogs")).hasSize(6);
        assertThat(export.get("outcomeLogs").get(5).get("globalImpression").asString())
                .isEqualTo("MUCH_IMPROVED");
    }

    @Test
    void theBaselineIsAskedForADayBeforeTheFirstSessionAndLaterLogsAnHourAfterEachSession() {
        String course = book(2);
        mail.clear();
        // session 1 starts 2027-03-02T23:00Z: its log opens, and the reminder goes, 24 hours before
        clock.set(Instant.parse("2027-03-01T23:05:00Z"));
        reminders.sendDueReminders();
        reminders.sendDueReminders(); // a second run (or server) sends nothing more

        assertThat(mail.sentTo(patientEmail)).hasSize(1);
        assertThat(mail.sentTo(patientEmail).getFirst().subject()).contains("Before your first massage");
        assertThat(mail.sentTo(patientEmail).getFirst().text())
                .contains("/courses/" + course + "/log/1")
                .contains(kneadwise.assessment.AssessmentEngine.safetyNet()); // CLINICAL.md 2a

        // session 2 ends 2027-03-10T00:00Z; an hour later its log is due, unless already made
        mail.clear();
        clock.set(Instant.parse("2027-03-10T01:05:00Z"));
        reminders.sendDueReminders();
        assertThat(mail.sentTo(patientEmail)).hasSize(1);
        assertThat(mail.sentTo(patientEmail).getFirst().text())
                .contains("session 2 of 2", "/log/2")
                .contains("Go to an emergency department now (911)");
    }

    @Test
    void remindersMissedWhileTheServiceWasDownGoOutWhenStillUseful() {
        book(2);
        mail.clear();
        // session 1 starts 2027-03-02T23:00Z; the service was down when its log opened a day before
        clock.set(Instant.parse("2027-03-02T20:00:00Z"));
        reminders.sendDueReminders();
        assertThat(mail.sentTo(patientEmail)).hasSize(1);
        assertThat(mail.sentTo(patientEmail).getFirst().subject()).contains("Before your first massage");

        // session 2 ended 2027-03-10T00:00Z; the service comes back 36 hours later
        mail.clear();
        clock.set(Instant.parse("2027-03-11T12:00:00Z"));
        reminders.sendDueReminders();
        assertThat(mail.sentTo(patientEmail)).hasSize(1);
        assertThat(mail.sentTo(patientEmail).getFirst().text()).contains("session 2 of 2");
    }

    @Test
    void aSessionAlreadyLoggedIsNotReminded() {
        String course = book(2);
        atSession(2); // 2027-03-10T01:00Z, an hour after session 2 ended
        assertThat(log("/api/v1/courses/" + course + "/outcomes", 2, 3, "[]", null)
                        .statusCode())
                .isEqualTo(201);
        mail.clear();
        clock.set(Instant.parse("2027-03-10T01:05:00Z"));

        reminders.sendDueReminders();

        assertThat(mail.sentTo(patientEmail)).isEmpty();
    }

    @Test
    void painWorseAtTheCheckpointAdvisesStoppingAndSeeingAClinician() {
        String course = book(6);
        String outcomes = "/api/v1/courses/" + course + "/outcomes";
        atSession(1);
        log(outcomes, 1, 4, "[]", null);
        atSession(3);
        log(outcomes, 3, 6, "[{\"kind\": \"SORENESS\", \"severity\": \"SEVERE\"}]", null);

        JsonNode checkpoint = progress(patient, course).get("checkpoint");

        assertThat(checkpoint.get("verdict").asString()).isEqualTo("WORSENED");
        assertThat(checkpoint.get("advice").asString()).isEqualTo("STOP_AND_SEE_CLINICIAN");
        assertThat(checkpoint.get("function").isNull()).isTrue();
        // session 2 was never logged and is due; it asks for pain and side effects only
        JsonNode due = progress(patient, course).get("due");
        assertThat(due).hasSize(1);
        assertThat(due.get(0).get("session").asInt()).isEqualTo(2);
        assertThat(due.get(0).get("asks").toString()).isEqualTo("[\"painNrs\",\"sideEffects\"]");
    }

    @Test
    void painNineThenTenAtTheCheckpointIsWorseAndSaysStopAndSeeAClinician() {
        // version 2: a rise to the top of the scale is never "no change", though it is under 2 points
        String course = book(6);
        String outcomes = "/api/v1/courses/" + course + "/outcomes";
        atSession(1);
        assertThat(log(outcomes, 1, 9, "[]", null).statusCode()).isEqualTo(201);
        atSession(3);
        assertThat(log(outcomes, 3, 10, "[]", null).statusCode()).isEqualTo(201);

        for (ServiceClient reader : List.of(patient, therapist)) {
            JsonNode checkpoint = progress(reader, course).get("checkpoint");
            assertThat(checkpoint.get("pain").get("verdict").asString()).isEqualTo("WORSENED");
            assertThat(checkpoint.get("advice").asString()).isEqualTo("STOP_AND_SEE_CLINICIAN");
            assertThat(checkpoint.get("message").asString()).contains("Stop the massage course and see a doctor");
        }
    }

    @Test
    void functionWorseAtTheCheckpointStopsTheCourseThoughPainDidNotChange() {
        String course = book(6);
        String outcomes = "/api/v1/courses/" + course + "/outcomes";
        atSession(1);
        log(outcomes, 1, 5, "[]", "\"rmdq\": " + rmdq(8));
        atSession(3);
        log(outcomes, 3, 5, "[]", "\"rmdq\": " + rmdq(14));

        JsonNode checkpoint = progress(patient, course).get("checkpoint");

        assertThat(checkpoint.get("pain").get("verdict").asString()).isEqualTo("NO_IMPORTANT_CHANGE");
        assertThat(checkpoint.get("function").get("verdict").asString()).isEqualTo("WORSENED");
        assertThat(checkpoint.get("advice").asString()).isEqualTo("STOP_AND_SEE_CLINICIAN");
    }

    @Test
    void painBetterAndFunctionWorseAtTheEndIsMixed() {
        String course = book(2);
        String outcomes = "/api/v1/courses/" + course + "/outcomes";
        atSession(1);
        log(outcomes, 1, 7, "[]", "\"rmdq\": " + rmdq(8));
        atSession(2);
        log(outcomes, 2, 3, "[]", "\"rmdq\": " + rmdq(14));

        JsonNode end = progress(patient, course).get("end");

        assertThat(end.get("verdict").asString()).isEqualTo("MIXED");
        assertThat(end.get("advice").asString()).isEqualTo("MIXED");
        assertThat(end.get("message").asString()).contains("got worse", "Talk to a doctor");
    }

    @Test
    void withoutFunctionAtBothEndsOnlyPainIsJudgedAndTheMessageSaysSo() {
        String course = book(2);
        String outcomes = "/api/v1/courses/" + course + "/outcomes";
        atSession(1);
        log(outcomes, 1, 5, "[]", "\"rmdq\": " + rmdq(12));
        atSession(2);
        log(outcomes, 2, 4, "[]", null);

        JsonNode progress = progress(patient, course);

        assertThat(progress.get("checkpoint").isNull()).isTrue(); // two sessions: no checkpoint
        JsonNode end = progress.get("end");
        assertThat(end.get("pain").get("verdict").asString()).isEqualTo("NO_IMPORTANT_CHANGE");
        assertThat(end.get("function").isNull()).isTrue();
        assertThat(end.get("advice").asString()).isEqualTo("UNLIKELY_TO_HELP");
        assertThat(end.get("message").asString()).contains("only pain was judged");
        assertThat(progress.get("functionInstrument").asString()).isEqualTo("RMDQ");
    }

    @Test
    void onlyThePatientLogsOnceAndOnlyThePatientAndTheirTherapistRead() {
        String course = book(6);
        String outcomes = "/api/v1/courses/" + course + "/outcomes";
        atSession(1);

        assertThat(log(outcomes, 1, 5, "[]", null).statusCode()).isEqualTo(201);
        HttpResponse<String> again = log(outcomes, 1, 3, "[]", null);
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(People.json(again).get("detail").asString()).contains("Session 1 is already logged");
        HttpResponse<String> byTherapist = therapist.postJson(outcomes, "{\"session\": 2, \"painNrs\": 3}");
        assertThat(byTherapist.statusCode()).isEqualTo(403);

        ServiceClient stranger = People.newPatient(service);
        ServiceClient otherTherapist =
                Practices.open(service, context, NEW_YORK).client();
        for (ServiceClient outsider : List.of(stranger, otherTherapist)) {
            assertThat(outsider.get("/api/v1/courses/" + course + "/progress").statusCode())
                    .isEqualTo(404);
            assertThat(outsider.postJson(outcomes, "{\"session\": 2, \"painNrs\": 3}")
                            .statusCode())
                    .isEqualTo(404);
        }
        assertThat(service.get("/api/v1/courses/" + course + "/progress").statusCode())
                .isEqualTo(401);
        assertThat(scores(progress(patient, course).get("pain"))).containsExactly("5");
    }

    @Test
    void twoSavesOfOneSessionAtOnceStoreOneLog() throws Exception {
        String course = book(6);
        String outcomes = "/api/v1/courses/" + course + "/outcomes";
        atSession(3);
        for (int session = 1; session <= 3; session++) {
            String body = "{\"session\": %d, \"painNrs\": 5}".formatted(session);
            List<Integer> statuses;
            try (var threads = java.util.concurrent.Executors.newFixedThreadPool(2)) {
                var first =
                        threads.submit(() -> patient.postJson(outcomes, body).statusCode());
                var second =
                        threads.submit(() -> patient.postJson(outcomes, body).statusCode());
                statuses = List.of(first.get(), second.get());
            }
            assertThat(statuses).as("session " + session).containsExactlyInAnyOrder(201, 409);
        }
        assertThat(scores(progress(patient, course).get("pain"))).containsExactly("5", "5", "5");
    }

    @Test
    void aBadLogNamesEveryBadFieldAndStoresNothing() {
        String course = book(6);
        String outcomes = "/api/v1/courses/" + course + "/outcomes";

        HttpResponse<String> early = patient.postJson(outcomes, "{\"session\": 1, \"painNrs\": 5}");
        assertThat(early.statusCode()).isEqualTo(400);
        assertThat(fields(early)).containsExactly("session");
        assertThat(People.json(early).toString()).contains("opens 24 hours before");

        atSession(1);
        HttpResponse<String> bad = patient.postJson(outcomes, """
                {"session": 1, "painNrs": 11,
                 "sideEffects": ["NONE", "SORENESS", {"kind": "OTHER"}, "ITCHING"],
                 "rmdq": [true], "odi": [1, 1, 1, 1, 1, 1, 1, 1, 1, 1],
                 "globalImpression": "MUCH_IMPROVED"}""");

        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(fields(bad))
                .containsExactlyInAnyOrder(
                        "painNrs",
                        "sideEffects[2].description",
                        "sideEffects[3]",
                        "sideEffects",
                        "odi",
                        "globalImpression");
        HttpResponse<String> notJson = patient.postJson(outcomes, "{\"session\": ");
        assertThat(notJson.statusCode()).isEqualTo(400);
        HttpResponse<String> pastTheCourse = patient.postJson(outcomes, "{\"session\": 7, \"painNrs\": 5}");
        assertThat(fields(pastTheCourse)).containsExactly("session");
        assertThat(progress(patient, course).get("pain")).isEmpty();
    }

    @Test
    void theCourseKeepsTheQuestionnaireItStartedWith() {
        String course = book(6);
        String outcomes = "/api/v1/courses/" + course + "/outcomes";
        atSession(1);
        log(outcomes, 1, 6, "[]", "\"rmdq\": " + rmdq(10));
        atSession(3);

        HttpResponse<String> switched = log(outcomes, 3, 5, "[]", "\"odi\": " + ODI_40);

        assertThat(switched.statusCode()).isEqualTo(400);
        assertThat(fields(switched)).containsExactly("odi");
        assertThat(People.json(switched).toString()).contains("RMDQ");
    }

    @Test
    void aCancelledSessionCannotBeLogged() {
        String course = book(3);
        JsonNode booked = People.json(patient.get("/api/v1/courses/" + course));
        String second = booked.get("appointments").get(1).get("id").asString();
        assertThat(patient.delete("/api/v1/appointments/" + second).statusCode())
                .isEqualTo(204);
        atSession(2);

        HttpResponse<String> refused = log("/api/v1/courses/" + course + "/outcomes", 2, 4, "[]", null);

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(People.json(refused).toString()).contains("cancelled");
    }

    private String book(int sessions) {
        HttpResponse<String> booked =
                patient.postJson("/api/v1/courses", """
                {"therapistId": "%s", "firstSessionStart": "%s", "sessions": %d, "everyDays": 7}""".formatted(practice.id(), FIRST, sessions));
        assertThat(booked.statusCode()).as(booked.body()).isEqualTo(201);
        return People.json(booked).get("id").asString();
    }

    /** An hour after session n ended (its log is open from 24 hours before it). */
    private void atSession(int session) {
        clock.set(Instant.parse("2027-03-03T01:00:00Z").plus(java.time.Duration.ofDays(7L * (session - 1))));
        // weeks later, the tokens of the first sign-in have expired: both sign in again
        patient = People.signedIn(service, patientEmail);
        therapist = People.signedIn(service, practice.email());
    }

    private HttpResponse<String> log(String path, int session, int pain, String sideEffects, String more) {
        return patient.postJson(
                path,
                "{\"session\": %d, \"painNrs\": %d, \"sideEffects\": %s%s}"
                        .formatted(session, pain, sideEffects, more == null ? "" : ", " + more));
    }

    private static JsonNode progress(ServiceClient who, String course) {
        HttpResponse<String> answer = who.get("/api/v1/courses/" + course + "/progress");
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return People.json(answer);
    }

    private static List<String> scores(JsonNode points) {
        List<String> scores = new ArrayList<>();
        points.forEach(point -> scores.add(point.get("score").decimalValue().toPlainString()));
        return scores;
    }

    private static List<String> fields(HttpResponse<String> problem) {
        List<String> fields = new ArrayList<>();
        People.json(problem)
                .get("errors")
                .forEach(error -> fields.add(error.get("field").asString()));
        return fields;
    }

    private static String rmdq(int yes) {
        List<String> answers = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            answers.add(i < yes ? "true" : "false");
        }
        return answers.toString();
    }
}
