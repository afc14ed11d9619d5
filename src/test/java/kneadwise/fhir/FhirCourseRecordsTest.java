package kneadwise.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.uhn.fhir.rest.api.MethodOutcome;
import ca.uhn.fhir.rest.client.api.IGenericClient;
import ca.uhn.fhir.rest.gclient.ICriterion;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import ca.uhn.fhir.rest.server.exceptions.ResourceVersionConflictException;
import ca.uhn.fhir.rest.server.exceptions.UnprocessableEntityException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import kneadwise.accounts.People;
import kneadwise.booking.BookingTestSetup;
import kneadwise.booking.Practices;
import kneadwise.testing.FullStackTest;
import kneadwise.testing.MutableClock;
import kneadwise.testing.ServiceClient;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Appointment;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.Goal;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Procedure;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.Reference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;

/**
 * A course three sessions in, read over FHIR by its patient and its therapist: the CarePlan with its sessions and
 * what the checkpoint found, the Goals with how they are going, the Appointments and the session note as a
 * Procedure, all valid R4; anyone else finds none of it.
 */
@FullStackTest
@Import(BookingTestSetup.class)
class FhirCourseRecordsTest {

    static final String ODI_60 = "[3, 3, 3, 3, 3, 3, 3, 3, null, null]";
    static final String ODI_40 = "[2, 2, 2, 2, 2, 2, 2, 2, null, null]";
    static final String NOTE = """
            {"subjective": "Stiff after gardening", "regions": ["LOWER_BACK_LEFT", "SACRUM"],
             "techniques": ["SWEDISH"], "pressure": "MEDIUM", "minutes": 50,
             "response": "Less guarding by the end", "plan": "Same areas, add hips"}""";

    @Autowired
    ServiceClient service;

    @Autowired
    ApplicationContext context;

    @Autowired
    MutableClock clock;

    @LocalServerPort
    int port;

    Practices.Practice practice;
    String patientEmail;
    String patientId;
    String course;

    @BeforeEach
    void aCourseThreeSessionsIn() {
        clock.set(BookingTestSetup.START);
        practice = Practices.open(service, context, ZoneId.of("America/New_York"));
        patientEmail = People.signUp(service, "PATIENT");
        ServiceClient patient = People.signedIn(service, patientEmail);
        patientId = People.json(patient.get("/api/v1/me")).get("id").asString();
        HttpResponse<String> booked = patient.postJson("/api/v1/courses", """
                {"therapistId": "%s", "firstSessionStart": "2027-03-02T18:00:00-05:00", "sessions": 6,
                 "everyDays": 7}""".formatted(practice.id()));
        assertThat(booked.statusCode()).as(booked.body()).isEqualTo(201);
        course = People.json(booked).get("id").asString();
        int[] pain = {7, 6, 4};
        for (int session = 1; session <= 3; session++) {
            // an hour after the session ended; weeks on, sign in again
            clock.set(Instant.parse("2027-03-03T01:00:00Z").plus(Duration.ofDays(7L * (session - 1))));
            patient = People.signedIn(service, patientEmail);
            String function = session == 1 ? ", \"odi\": " + ODI_60 : session == 3 ? ", \"odi\": " + ODI_40 : "";
            HttpResponse<String> logged = patient.postJson(
                    "/api/v1/courses/" + course + "/outcomes",
                    "{\"session\": %d, \"painNrs\": %d, \"sideEffects\": []%s}"
                            .formatted(session, pain[session - 1], function));
            assertThat(logged.statusCode()).as(logged.body()).isEqualTo(201);
        }
        HttpResponse<String> noted = People.signedIn(service, practice.email())
                .send("PUT", "/api/v1/courses/" + course + "/notes/1", NOTE, "application/json");
        assertThat(noted.statusCode()).as(noted.body()).isEqualTo(200);
    }

    @Test
    void thePatientAndTheTherapistSeeThePlanItsGoalsSessionsAndNote() {
        for (String email : List.of(patientEmail, practice.email())) {
            IGenericClient fhir = fhir(People.signedIn(service, email));

            CarePlan plan = fhir.read().resource(CarePlan.class).withId(course).execute();
            assertThat(plan.getStatus()).isEqualTo(CarePlan.CarePlanStatus.ACTIVE);
            assertThat(plan.getActivity()).hasSize(6);
            assertThat(plan.getSubject().getReference()).isEqualTo("Patient/" + patientId);
            assertThat(plan.getNoteFirstRep().getText()).startsWith("After session 3");
            List<Goal> goals = all(fhir, Goal.class, Goal.SUBJECT.hasId("Patient/" + patientId));
            // pain 7 -> 4: 3 points; ODI 60 -> 40: 20 points; both improving at the checkpoint
            assertThat(goals)
                    .extracting(goal ->
                            goal.getAchievementStatus().getCodingFirstRep().getCode())
                    .containsExactly("improving", "improving");
            List<Appointment> sessions =
                    all(fhir, Appointment.class, Appointment.PATIENT.hasId("Patient/" + patientId));
            assertThat(sessions)
                    .extracting(appointment -> appointment.getStatus().toCode())
                    .containsExactly("fulfilled", "fulfilled", "fulfilled", "booked", "booked", "booked");
            Procedure note = fhir.read()
                    .resource(Procedure.class)
                    .withId(course + "-note-1")
                    .execute();
            assertThat(note.getBodySite())
                    .extracting(site -> site.getCodingFirstRep().getCode())
                    .containsExactly("LOWER_BACK_LEFT", "SACRUM");
            assertThat(note.getNote()).extracting(line -> line.getText()).contains("Techniques: Swedish");

            for (IBaseResource resource :
                    List.<IBaseResource>of(plan, goals.get(0), goals.get(1), sessions.get(0), note)) {
                assertThat(FhirValidation.errorsIn(resource))
                        .as(resource.getIdElement().getValue())
                        .isEmpty();
            }
        }
    }

    @Test
    void aTherapistListsTheirPracticesSessionsByPractitionerAlone() {
        ICriterion<?> byPractice = Appointment.PRACTITIONER.hasId("Practitioner/" + practice.id());
        List<Appointment> theirs = all(fhir(People.signedIn(service, practice.email())), Appointment.class, byPractice);
        List<Appointment> patients = all(fhir(People.signedIn(service, patientEmail)), Appointment.class, byPractice);
        List<Appointment> strangers =
                all(fhir(People.signedIn(service, People.signUp(service, "THERAPIST"))), Appointment.class, byPractice);

        assertThat(theirs)
                .extracting(appointment -> appointment.getIdElement().getIdPart())
                .containsExactly(
                        course + "-1", course + "-2", course + "-3", course + "-4", course + "-5", course + "-6");
        assertThat(patients).as("the patient's own sessions with that practice").hasSize(6);
        assertThat(strangers).isEmpty();
    }

    @Test
    void aCancelledSessionIsANewVersionOfItsAppointment() {
        ServiceClient patient = People.signedIn(service, patientEmail);
        IGenericClient fhir = fhir(patient);
        Appointment before =
                fhir.read().resource(Appointment.class).withId(course + "-6").execute();
        String sixth = People.json(patient.get("/api/v1/courses/" + course))
                .get("appointments")
                .get(5)
                .get("id")
                .asString();
        Instant cancelling = clock.instant();

        assertThat(patient.delete("/api/v1/appointments/" + sixth).statusCode()).isBetween(200, 299);

        Appointment after =
                fhir.read().resource(Appointment.class).withId(course + "-6").execute();
        assertThat(after.getStatus()).isEqualTo(Appointment.AppointmentStatus.CANCELLED);
        assertThat(after.getMeta().getVersionId()).isNotEqualTo(before.getMeta().getVersionId());
        assertThat(after.getMeta().getLastUpdated().toInstant()).isEqualTo(cancelling);
    }

    @Test
    void eachLogIsAResponseAndItsScoresAreObservationsDerivedFromIt() {
        IGenericClient fhir = fhir(People.signedIn(service, practice.email()));

        List<Observation> pain = all(
                fhir,
                Observation.class,
                Observation.SUBJECT.hasId("Patient/" + patientId),
                Observation.CODE.exactly().systemAndCode("http://loinc.org", "72514-3"));
        QuestionnaireResponse first = fhir.read()
                .resource(QuestionnaireResponse.class)
                .withId(course + "-log-1")
                .execute();

        assertThat(pain)
                .extracting(observation -> observation.getValueIntegerType().getValue())
                .containsExactly(4, 6, 7); // newest first
        assertThat(pain.getLast().getDerivedFromFirstRep().getReference())
                .isEqualTo("QuestionnaireResponse/" + course + "-log-1");
        assertThat(first.getBasedOnFirstRep().getReference()).isEqualTo("CarePlan/" + course);
        assertThat(FhirValidation.errorsIn(first)).isEmpty();
        assertThat(FhirValidation.errorsIn(pain.getFirst())).isEmpty();
        Observation function = fhir.read()
                .resource(Observation.class)
                .withId(course + "-log-3-function")
                .execute();
        assertThat(function.getValueQuantity().getValue().doubleValue()).isEqualTo(40.0);
    }

    @Test
    void aPatientPostsTheNextSessionsLogAsAResponse() {
        clock.set(Instant.parse("2027-03-24T00:00:00Z")); // an hour after session 4 ended
        IGenericClient fhir = fhir(People.signedIn(service, patientEmail));
        QuestionnaireResponse log = new QuestionnaireResponse()
                .setQuestionnaire(Definitions.canonical("Questionnaire", Questionnaires.SESSION_LOG))
                .setStatus(QuestionnaireResponse.QuestionnaireResponseStatus.COMPLETED)
                .addBasedOn(new Reference("CarePlan/" + course));
        log.addItem().setLinkId("session").addAnswer().setValue(new IntegerType(4));
        log.addItem().setLinkId("pain").addAnswer().setValue(new IntegerType(3));

        MethodOutcome created = fhir.create().resource(log).execute();
        assertThat(created.getId().getIdPart()).isEqualTo(course + "-log-4");
        assertThat(fhir.read()
                        .resource(Observation.class)
                        .withId(course + "-log-4-pain")
                        .execute()
                        .getValueIntegerType()
                        .getValue())
                .isEqualTo(3);
        assertThatThrownBy(() -> fhir.create().resource(log).execute())
                .as("session 4 is logged already")
                .isInstanceOf(ResourceVersionConflictException.class);

        log.getItem().get(0).getAnswerFirstRep().setValue(new IntegerType(5));
        log.getItem().get(1).getAnswerFirstRep().setValue(new IntegerType(11));
        log.addItem().setLinkId("mood").addAnswer().setValue(new IntegerType(1));
        assertThatThrownBy(() -> fhir.create().resource(log).execute())
                .isInstanceOfSatisfying(
                        UnprocessableEntityException.class,
                        refused -> assertThat(((OperationOutcome) refused.getOperationOutcome()).getIssue())
                                .extracting(issue -> issue.getDiagnostics()
                                        .substring(0, issue.getDiagnostics().indexOf(':')))
                                .containsExactly("mood"));
        log.getItem().removeIf(item -> item.getLinkId().equals("mood"));
        assertThatThrownBy(() -> fhir.create().resource(log).execute())
                .isInstanceOfSatisfying(
                        UnprocessableEntityException.class,
                        refused -> assertThat(((OperationOutcome) refused.getOperationOutcome()).getIssue())
                                .extracting(issue -> issue.getDiagnostics()
                                        .substring(0, issue.getDiagnostics().indexOf(':')))
                                .contains("pain"));
        assertThat(all(fhir, QuestionnaireResponse.class, QuestionnaireResponse.SUBJECT.hasId("Patient/" + patientId)))
                .hasSize(4);
    }

    @Test
    void anyoneElseFindsNoneOfIt() {
        for (ServiceClient stranger :
                List.of(People.newPatient(service), People.signedIn(service, People.signUp(service, "THERAPIST")))) {
            IGenericClient fhir = fhir(stranger);
            assertThatThrownBy(() ->
                            fhir.read().resource(CarePlan.class).withId(course).execute())
                    .isInstanceOf(ResourceNotFoundException.class);
            assertThatThrownBy(() -> fhir.read()
                            .resource(Procedure.class)
                            .withId(course + "-note-1")
                            .execute())
                    .isInstanceOf(ResourceNotFoundException.class);
            assertThat(all(fhir, CarePlan.class, CarePlan.SUBJECT.hasId("Patient/" + patientId)))
                    .isEmpty();
            assertThat(all(fhir, Appointment.class, Appointment.PATIENT.hasId("Patient/" + patientId)))
                    .isEmpty();

            long refusedBefore = refusedCourseLooks();
            assertThatThrownBy(() -> fhir.read()
                            .resource(Observation.class)
                            .withId(course + "-log-1-pain")
                            .execute())
                    .isInstanceOf(ResourceNotFoundException.class);
            assertThatThrownBy(() -> fhir.read()
                            .resource(QuestionnaireResponse.class)
                            .withId(course + "-log-1")
                            .execute())
                    .isInstanceOf(ResourceNotFoundException.class);
            assertThat(refusedCourseLooks() - refusedBefore)
                    .as("each refused read of a log is in the patient's audit log")
                    .isEqualTo(2);
        }
    }

    @Test
    void anIdNamingNoLoggedScoreIsNotFoundEvenForThePatient() {
        IGenericClient fhir = fhir(People.signedIn(service, patientEmail));
        List<String> looksBefore = courseLooks();
        assertThat(fhir.read()
                        .resource(Observation.class)
                        .withId(course + "-log-1-pain")
                        .execute()
                        .getValueIntegerType()
                        .getValue())
                .isEqualTo(7);
        List<String> looksAfter = courseLooks();
        assertThat(looksAfter.subList(0, looksAfter.size() - looksBefore.size()))
                .as("one audited look, at what it showed")
                .containsExactly("outcome READ ALLOWED");
        for (String id : List.of(
                "-log-5-pain", // not logged yet
                "-log-1-mood", // no such score
                "-log-01-pain",
                "-log-1",
                "-log-99999999999-pain",
                "-log--1-pain")) {
            assertThatThrownBy(() -> fhir.read()
                            .resource(Observation.class)
                            .withId(course + id)
                            .execute())
                    .as(id)
                    .isInstanceOf(ResourceNotFoundException.class);
        }
        assertThatThrownBy(() -> fhir.read()
                        .resource(QuestionnaireResponse.class)
                        .withId(course + "-log-1-pain")
                        .execute())
                .as("a score's id is not its response's")
                .isInstanceOf(ResourceNotFoundException.class);
    }

    /** The looks at the patient's courses and their outcomes in their audit log, newest first. */
    private List<String> courseLooks() {
        return People.json(People.signedIn(service, patientEmail).get("/api/v1/me/audit"))
                .valueStream()
                .filter(event -> List.of("course", "outcome")
                        .contains(event.get("record").asString()))
                .map(event -> event.get("record").asString() + " "
                        + event.get("action").asString() + " "
                        + event.get("result").asString())
                .toList();
    }

    /** How many refused looks at the patient's courses their audit log holds. */
    private long refusedCourseLooks() {
        return People.json(People.signedIn(service, patientEmail).get("/api/v1/me/audit"))
                .valueStream()
                .filter(event -> event.get("record").asString().equals("course"))
                .filter(event -> event.get("result") != null
                        && event.get("result").asString().equals("DENIED"))
                .count();
    }

    private <T extends IBaseResource> List<T> all(
            IGenericClient fhir, Class<T> type, ca.uhn.fhir.rest.gclient.ICriterion<?>... criteria) {
        var query = fhir.search().forResource(type).where(criteria[0]);
        for (int i = 1; i < criteria.length; i++) {
            query = query.and(criteria[i]);
        }
        return query.returnBundle(Bundle.class).execute().getEntry().stream()
                .map(entry -> type.cast(entry.getResource()))
                .toList();
    }

    private IGenericClient fhir(ServiceClient who) {
        return FhirValidation.client(port, who);
    }
}
