package kneadwise.booking;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import kneadwise.accounts.People;
import kneadwise.directory.Therapists;
import kneadwise.testing.FullStackTest;
import kneadwise.testing.MutableClock;
import kneadwise.testing.RecordingMailer;
import kneadwise.testing.ServiceClient;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.JsonNode;

/** Booking a course over HTTP: whole courses, clashes with alternatives, triage, calendar files, notice rule. */
@FullStackTest
@Import(BookingTestSetup.class)
class CourseBookingTest {

    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    static final String NOT_NOW_INTAKE = """
            {"age": 52, "painDurationWeeks": 2, "painNow": 5, "findings": ["FEVER_OR_CHILLS"]}""";
    static final String CLEAR_INTAKE = """
            {"age": 52, "painDurationWeeks": 2, "painNow": 5, "findings": []}""";

    @Autowired
    ServiceClient service;

    @Autowired
    Therapists therapists;

    @Autowired
    Calendars calendars;

    @Autowired
    MutableClock clock;

    @Autowired
    RecordingMailer mail;

    @Autowired
    AppointmentReminders reminders;

    Practices.Practice practice;
    ServiceClient patient;

    @BeforeEach
    void aPracticeAndAPatient() {
        clock.set(BookingTestSetup.START);
        practice = Practices.open(service, therapists, calendars, NEW_YORK);
        patient = People.newPatient(service);
    }

    @Test
    void booksEverySessionAtTheSameLocalTimeAcrossTheSpringChange() {
        HttpResponse<String> booked = book(patient, "2027-03-02T18:00:00-05:00", 6, 7);

        assertThat(booked.statusCode()).as(booked.body()).isEqualTo(201);
        JsonNode course = People.json(booked);
        assertThat(booked.headers().firstValue("Location")).contains("/api/v1/courses/" + id(course));
        assertThat(starts(course))
                .containsExactly(
                        "2027-03-02T18:00-05:00",
                        "2027-03-09T18:00-05:00",
                        "2027-03-16T18:00-04:00",
                        "2027-03-23T18:00-04:00",
                        "2027-03-30T18:00-04:00",
                        "2027-04-06T18:00-04:00");
        assertThat(course.get("appointments").get(0).get("end").asString()).isEqualTo("2027-03-02T19:00-05:00");
        assertThat(course.get("timeZone").asString()).isEqualTo("America/New_York");
        assertThat(course.get("therapistName").asString()).isEqualTo("Dana Practice");
    }

    @Test
    void aForeignAppointmentAnswersExactlyLikeAMissingOneAndNamesNoCourse() {
        // issue 16, item 11
        JsonNode course = People.json(book(patient, "2027-03-02T18:00:00-05:00", 2, 7));
        String courseId = id(course);
        String appointment = course.get("appointments").get(0).get("id").asString();
        String missing = java.util.UUID.randomUUID().toString();
        ServiceClient stranger = People.newPatient(service);

        HttpResponse<String> foreign = stranger.delete("/api/v1/appointments/" + appointment);
        HttpResponse<String> absent = stranger.delete("/api/v1/appointments/" + missing);

        assertThat(foreign.statusCode()).isEqualTo(404).isEqualTo(absent.statusCode());
        assertThat(foreign.body()).doesNotContain(courseId);
        assertThat(foreign.body().replace(appointment, "ID"))
                .isEqualTo(absent.body().replace(missing, "ID"));
        HttpResponse<String> moved =
                stranger.send("PATCH", "/api/v1/appointments/" + appointment, "{}", "application/json");
        assertThat(moved.statusCode()).isEqualTo(404);
        assertThat(moved.body()).doesNotContain(courseId);
    }

    @Test
    void onlyThePatientAndTheirTherapistSeeTheCourse() {
        JsonNode booked = People.json(book(patient, "2027-03-02T18:00:00-05:00", 2, 7));
        String path = "/api/v1/courses/" + id(booked);
        ServiceClient otherTherapist =
                Practices.open(service, therapists, calendars, NEW_YORK).client();

        for (ServiceClient party : List.of(patient, practice.client())) {
            HttpResponse<String> seen = party.get(path);
            assertThat(seen.statusCode()).isEqualTo(200);
            assertThat(People.json(seen).get("id").asString()).isEqualTo(id(booked));
            assertThat(People.json(seen).get("patientId")).isEqualTo(booked.get("patientId"));
            assertThat(People.json(seen).get("appointments")).isEqualTo(booked.get("appointments"));
        }
        for (HttpResponse<String> refused : List.of(
                People.newPatient(service).get(path),
                otherTherapist.get(path),
                otherTherapist.get(path + "/calendar.ics"))) {
            assertThat(refused.statusCode()).isEqualTo(404);
            assertThat(refused.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
            assertThat(refused.body()).doesNotContain(booked.get("patientId").asString());
        }
        assertThat(service.get(path).statusCode()).isEqualTo(401);
    }

    @Test
    void aTakenSessionIsRefusedWithWholeCoursesThatFitInstead() {
        assertThat(book(patient, "2027-03-02T18:00:00-05:00", 3, 7).statusCode())
                .isEqualTo(201);
        ServiceClient latecomer = People.newPatient(service);

        HttpResponse<String> refused = book(latecomer, "2027-02-23T18:00:00-05:00", 3, 7);

        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(409);
        JsonNode problem = People.json(refused);
        assertThat(problem.get("conflicts")).hasSize(2);
        assertThat(problem.get("conflicts").get(0).get("session").asInt()).isEqualTo(2);
        assertThat(problem.get("conflicts").get(0).get("start").asString()).isEqualTo("2027-03-02T18:00-05:00");
        assertThat(problem.get("conflicts").get(0).get("reason").asString()).isEqualTo("TAKEN");
        JsonNode alternatives = problem.get("alternatives");
        assertThat(alternatives).hasSize(3);
        assertThat(alternatives.get(0).get("sessionStarts")).hasSize(3);
        // nothing of the refused course was kept
        assertThat(People.json(latecomer.get("/api/v1/me/courses"))).isEmpty();

        HttpResponse<String> instead =
                book(latecomer, alternatives.get(0).get("firstSessionStart").asString(), 3, 7);
        assertThat(instead.statusCode()).as(instead.body()).isEqualTo(201);
    }

    @Test
    void aPersonCannotBeInTwoSessionsAtOnce() {
        Practices.Practice elsewhere = Practices.open(service, therapists, calendars, NEW_YORK);
        assertThat(book(patient, "2027-03-02T18:00:00-05:00", 1, 7).statusCode())
                .isEqualTo(201);

        HttpResponse<String> refused = bookWith(patient, elsewhere, "2027-03-02T17:30:00-05:00", 1, 7);

        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(People.json(refused).get("conflicts").get(0).get("reason").asString())
                .isEqualTo("YOUR_OTHER_SESSION");
    }

    @Test
    void refusedWhileTheLatestCheckInSaysNotNowAndAllowedOnceCleared() {
        JsonNode assessment = People.json(patient.postJson("/api/v1/me/assessments", NOT_NOW_INTAKE));
        assertThat(assessment
                        .get("assessment")
                        .get("recommendation")
                        .get("massage")
                        .asString())
                .isEqualTo("NOT_NOW");

        HttpResponse<String> refused = book(patient, "2027-03-02T18:00:00-05:00", 6, 7);

        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
        assertThat(People.json(refused).get("type").asString()).isEqualTo("urn:kneadwise:problem:massage-not-now");
        assertThat(People.json(patient.get("/api/v1/me/courses"))).isEmpty();

        clock.advance(Duration.ofHours(1)); // a later check-in, after seeing a doctor
        patient.postJson("/api/v1/me/assessments", CLEAR_INTAKE);
        assertThat(book(patient, "2027-03-02T18:00:00-05:00", 6, 7).statusCode())
                .isEqualTo(201);
    }

    @Test
    void everyBadFieldIsNamedAndOnlyPatientsBook() {
        HttpResponse<String> bad = patient.postJson("/api/v1/courses", """
                {"therapistId": "nope", "firstSessionStart": "next tuesday", "sessions": 0, "everyDays": 99}""");

        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(People.json(bad)
                        .get("errors")
                        .valueStream()
                        .map(error -> error.get("field").asString()))
                .containsExactlyInAnyOrder("therapistId", "firstSessionStart", "sessions", "everyDays");
        assertThat(patient.postJson("/api/v1/courses", "[1, 2]").statusCode()).isEqualTo(400);
        assertThat(patient.postJson("/api/v1/courses", "{not json").statusCode())
                .isEqualTo(400);
        assertThat(People.json(patient.postJson("/api/v1/courses", """
                        {"therapistId": "3f2c1a9e-8d7b-4c6a-9e5f-1b2c3d4e5f60",
                         "firstSessionStart": "2027-03-02T18:00:00-05:00", "sessions": 6, "everyDays": 7}"""))
                        .get("errors")
                        .get(0)
                        .get("field")
                        .asString())
                .isEqualTo("therapistId");
        assertThat(bookWith(practice.client(), practice, "2027-03-02T18:00:00-05:00", 6, 7)
                        .statusCode())
                .isEqualTo(403);
        assertThat(bookWith(service, practice, "2027-03-02T18:00:00-05:00", 6, 7)
                        .statusCode())
                .isEqualTo(401);
    }

    @Test
    void outsideWorkingHoursOrTooSoonIsRefusedByName() {
        HttpResponse<String> saturday = book(patient, "2027-03-06T10:00:00-05:00", 1, 7);
        HttpResponse<String> inAnHour = book(patient, "2027-02-15T08:00:00-05:00", 1, 7);

        assertThat(saturday.statusCode()).isEqualTo(409);
        assertThat(People.json(saturday).get("conflicts").get(0).get("reason").asString())
                .isEqualTo("NOT_WORKING");
        assertThat(People.json(inAnHour).get("conflicts").get(0).get("reason").asString())
                .isEqualTo("TOO_SOON");
        HttpResponse<String> inSevenMonths = book(patient, "2027-09-14T10:00:00-04:00", 1, 7);
        assertThat(inSevenMonths.statusCode()).isEqualTo(409);
        assertThat(People.json(inSevenMonths)
                        .get("conflicts")
                        .get(0)
                        .get("reason")
                        .asString())
                .isEqualTo("TOO_FAR_AHEAD");
    }

    @Test
    void theCalendarFileParsesBackWithTheTherapistsZone() throws Exception {
        JsonNode course = People.json(book(patient, "2027-03-02T18:00:00-05:00", 6, 7));
        patient.delete("/api/v1/appointments/"
                + course.get("appointments").get(5).get("id").asString());

        HttpResponse<String> file = patient.get("/api/v1/courses/" + id(course) + "/calendar.ics");

        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/calendar"));
        Calendar calendar = new CalendarBuilder().build(new StringReader(file.body()));
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertThat(events).hasSize(6);
        assertThat(calendar.getComponents("VTIMEZONE")).hasSize(1);
        for (VEvent event : events) {
            assertThat(event.getProperty(Property.DTSTART).orElseThrow().getValue())
                    .endsWith("T180000");
            assertThat(event.getProperty(Property.DTSTART)
                            .orElseThrow()
                            .getParameter("TZID")
                            .orElseThrow()
                            .getValue())
                    .isEqualTo("America/New_York");
        }
        assertThat(events.stream()
                        .map(event ->
                                event.getProperty(Property.UID).orElseThrow().getValue())
                        .distinct())
                .hasSize(6);
        assertThat(events.getLast().getProperty(Property.STATUS).orElseThrow().getValue())
                .isEqualTo("CANCELLED");
        assertThat(events.getFirst().getProperty(Property.STATUS).orElseThrow().getValue())
                .isEqualTo("CONFIRMED");
    }

    @Test
    void patientsCancelAndMoveOnlyWithTheTherapistsNotice() {
        // Tuesday 18:00 in New York is 23:00Z; now is Monday 12:00Z, 35 hours before the first session
        String patientEmail = email(patient);
        JsonNode course = People.json(book(patient, "2027-02-16T18:00:00-05:00", 3, 7));
        String first = appointment(course, 0);
        String second = appointment(course, 1);

        assertThat(patient.delete("/api/v1/appointments/" + first).statusCode()).isEqualTo(204);
        assertThat(patient.delete("/api/v1/appointments/" + first).statusCode()).isEqualTo(204);
        JsonNode after = People.json(patient.get("/api/v1/courses/" + id(course)));
        assertThat(after.get("appointments").get(0).get("status").asString()).isEqualTo("CANCELLED");
        // the time is free again for someone else
        ServiceClient someoneElse = People.newPatient(service);
        assertThat(book(someoneElse, "2027-02-16T18:00:00-05:00", 1, 7).statusCode())
                .isEqualTo(201);

        // 23 hours before the second session: too late for the patient, not for the therapist
        clock.set(Instant.parse("2027-02-23T00:00:00Z"));
        ServiceClient patientNow = People.signedIn(service, patientEmail);
        ServiceClient therapistNow = People.signedIn(service, practice.email());
        HttpResponse<String> late = patientNow.delete("/api/v1/appointments/" + second);
        assertThat(late.statusCode()).isEqualTo(409);
        assertThat(People.json(late).get("detail").asString()).contains("24 hours' notice");
        HttpResponse<String> lateMove = patientNow.send(
                "PATCH",
                "/api/v1/appointments/" + second,
                "{\"start\": \"2027-02-24T10:00:00-05:00\"}",
                "application/json");
        assertThat(lateMove.statusCode()).isEqualTo(409);

        mail.clear();
        assertThat(therapistNow.delete("/api/v1/appointments/" + second).statusCode())
                .isEqualTo(204);
        assertThat(mail.sentTo(patientEmail).stream()
                        .filter(sent -> sent.subject().contains("cancelled")))
                .singleElement()
                .satisfies(sent -> assertThat(sent.text())
                        .contains("Tuesday, February 23, 2027, 6:00 PM")
                        .contains("cancelled"));
    }

    @Test
    void remindsThePatientOnceTheDayBeforeEachSession() {
        String patientEmail = email(patient);
        book(patient, "2027-02-17T18:00:00-05:00", 2, 7); // Wednesday 23:00Z, two days ahead
        mail.clear();

        assertThat(reminders.claimDue()).isEmpty();
        clock.set(Instant.parse("2027-02-16T23:30:00Z"));
        reminders.sendDueReminders();
        reminders.sendDueReminders();

        assertThat(mail.sentTo(patientEmail)).singleElement().satisfies(sent -> {
            assertThat(sent.subject()).isEqualTo("Reminder: massage Wednesday, February 17, 2027, 6:00 PM");
            assertThat(sent.text())
                    .contains("Dana Practice")
                    .contains("America/New_York")
                    .contains("1 Main Street")
                    .contains(kneadwise.assessment.AssessmentEngine.safetyNet()); // CLINICAL.md 2a
        });
        clock.set(Instant.parse("2027-02-23T23:30:00Z"));
        reminders.sendDueReminders();
        assertThat(mail.sentTo(patientEmail)).hasSize(2);
    }

    @Test
    void aSessionMovesToAFreeTimeButNotOntoATakenOne() {
        JsonNode course = People.json(book(patient, "2027-03-02T18:00:00-05:00", 2, 7));
        assertThat(book(People.newPatient(service), "2027-03-10T09:00:00-05:00", 1, 7)
                        .statusCode())
                .isEqualTo(201);
        String second = appointment(course, 1);

        HttpResponse<String> moved = move(patient, second, "2027-03-10T10:00:00-05:00");
        HttpResponse<String> onto = move(patient, second, "2027-03-10T09:30:00-05:00");
        HttpResponse<String> halfHourLater = move(patient, second, "2027-03-10T10:30:00-05:00");

        assertThat(moved.statusCode()).as(moved.body()).isEqualTo(200);
        assertThat(People.json(moved).get("start").asString()).isEqualTo("2027-03-10T10:00-05:00");
        assertThat(onto.statusCode()).isEqualTo(409);
        assertThat(People.json(onto).get("alternatives")).isNotEmpty();
        // overlapping its own old time is fine: it is the session that moves
        assertThat(halfHourLater.statusCode()).as(halfHourLater.body()).isEqualTo(200);
        assertThat(move(patient, second, "not a time").statusCode()).isEqualTo(400);
    }

    @Test
    void aTherapistWithABookingMaySeeThePatientsRecord() {
        patient.postJson("/api/v1/me/assessments", CLEAR_INTAKE);
        String patientId = People.json(patient.get("/api/v1/me")).get("id").asString();
        String record = "/api/v1/patients/" + patientId + "/assessments";
        assertThat(practice.client().get(record).statusCode()).isEqualTo(404);

        JsonNode course = People.json(book(patient, "2027-03-02T18:00:00-05:00", 1, 7));
        HttpResponse<String> seen = practice.client().get(record);
        assertThat(seen.statusCode()).isEqualTo(200);
        assertThat(People.json(seen)).hasSize(1);
        assertThat(People.json(seen).get(0).at("/intake/age").asInt()).isEqualTo(52); // the patient's own check-in

        patient.delete("/api/v1/appointments/" + appointment(course, 0));
        assertThat(practice.client().get(record).statusCode()).isEqualTo(404);
    }

    @Test
    void freeSlotsLeaveOutBookedTimeAndTimeOff() {
        String slots = "/api/v1/therapists/" + practice.id() + "/slots?from=2027-03-02&to=2027-03-03";
        assertThat(starts(service.get(slots))).hasSize(19).contains("2027-03-02T18:00-05:00");

        book(patient, "2027-03-02T18:00:00-05:00", 1, 7);
        HttpResponse<String> away = practice.client().postJson("/api/v1/me/time-off", """
                {"start": "2027-03-02T09:00:00-05:00", "end": "2027-03-02T12:00:00-05:00", "note": "dentist"}""");
        HttpResponse<String> overBooked = practice.client().postJson("/api/v1/me/time-off", """
                {"start": "2027-03-02T17:00:00-05:00", "end": "2027-03-02T20:00:00-05:00"}""");

        assertThat(away.statusCode()).as(away.body()).isEqualTo(201);
        assertThat(overBooked.statusCode()).isEqualTo(409);
        assertThat(People.json(overBooked).get("detail").asString()).contains("Tuesday, March 2, 2027, 6:00 PM");
        List<String> free = starts(service.get(slots));
        assertThat(free).doesNotContain("2027-03-02T18:00-05:00", "2027-03-02T17:30-05:00", "2027-03-02T11:30-05:00");
        assertThat(free).first().isEqualTo("2027-03-02T12:00-05:00");
        assertThat(free).last().isEqualTo("2027-03-02T17:00-05:00");
        assertThat(service.get("/api/v1/therapists/" + practice.id() + "/slots?from=soon")
                        .statusCode())
                .isEqualTo(400);
    }

    @Test
    void theDirectoryShowsTheNextCourseStartAndFiltersByTheCourseWanted() {
        // a practice alone at a remote spot, open weekdays; its Tuesdays at 18:00 are free
        String near = "/api/v1/therapists?lat=40.75&lon=-73.99&radiusKm=1&limit=100";
        JsonNode all = People.json(service.get(near));
        JsonNode mine = all.get("results")
                .valueStream()
                .filter(result ->
                        result.get("id").asString().equals(practice.id().toString()))
                .findFirst()
                .orElseThrow();
        // now is Monday 12:00Z (07:00 in New York); with two hours' lead the first start is 09:00 today
        assertThat(mine.get("nextCourseStart").asString()).isEqualTo("2027-02-15T09:00-05:00");

        JsonNode tuesdays = People.json(service.get(near + "&weekday=TUESDAY&time=18:00&sessions=6"));
        assertThat(tuesdays.get("results")
                        .valueStream()
                        .filter(result ->
                                result.get("id").asString().equals(practice.id().toString()))
                        .map(result -> result.get("nextCourseStart").asString()))
                .containsExactly("2027-02-16T18:00-05:00");

        assertThat(book(patient, "2027-02-23T18:00:00-05:00", 1, 7).statusCode())
                .isEqualTo(201);
        JsonNode afterBooking = People.json(service.get(near + "&weekday=TUESDAY&time=18:00&sessions=6"));
        assertThat(afterBooking
                        .get("results")
                        .valueStream()
                        .filter(result ->
                                result.get("id").asString().equals(practice.id().toString()))
                        .map(result -> result.get("nextCourseStart").asString()))
                .containsExactly("2027-03-02T18:00-05:00");
        JsonNode saturdays = People.json(service.get(near + "&weekday=SATURDAY"));
        assertThat(saturdays
                        .get("results")
                        .valueStream()
                        .map(result -> result.get("id").asString()))
                .doesNotContain(practice.id().toString());
    }

    private HttpResponse<String> book(ServiceClient who, String first, int sessions, int everyDays) {
        return bookWith(who, practice, first, sessions, everyDays);
    }

    static HttpResponse<String> bookWith(
            ServiceClient who, Practices.Practice with, String first, int sessions, int everyDays) {
        return who.postJson("/api/v1/courses", """
                {"therapistId": "%s", "firstSessionStart": "%s", "sessions": %d, "everyDays": %d}""".formatted(with.id(), first, sessions, everyDays));
    }

    private static HttpResponse<String> move(ServiceClient who, String appointment, String start) {
        return who.send(
                "PATCH", "/api/v1/appointments/" + appointment, "{\"start\": \"" + start + "\"}", "application/json");
    }

    private static String id(JsonNode course) {
        return course.get("id").asString();
    }

    private static String appointment(JsonNode course, int index) {
        return course.get("appointments").get(index).get("id").asString();
    }

    private static List<String> starts(JsonNode course) {
        return course.get("appointments")
                .valueStream()
                .map(appointment -> appointment.get("start").asString())
                .toList();
    }

    private static List<String> starts(HttpResponse<String> slots) {
        assertThat(slots.statusCode()).as(slots.body()).isEqualTo(200);
        return People.json(slots)
                .get("slots")
                .valueStream()
                .map(slot -> slot.get("start").asString())
                .toList();
    }

    private static String email(ServiceClient who) {
        return People.json(who.get("/api/v1/me")).get("email").asString();
    }
}
