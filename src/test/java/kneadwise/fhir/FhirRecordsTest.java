package kneadwise.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.uhn.fhir.rest.api.MethodOutcome;
import ca.uhn.fhir.rest.client.api.IGenericClient;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import java.net.http.HttpResponse;
import java.util.List;
import kneadwise.accounts.People;
import kneadwise.checkin.IntakeExamples;
import kneadwise.testing.FullStackTest;
import kneadwise.testing.ServiceClient;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Consent;
import org.hl7.fhir.r4.model.Flag;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Parameters;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * A patient's check-in read over FHIR by HAPI's generic client with the API's bearer tokens: the patient and the
 * therapist they let in see the Patient, the QuestionnaireResponse, its scores as Observations derived from it, and
 * its triage reasons as Flags, all valid R4; another patient and another therapist find nothing (404), and every
 * look is in the patient's audit log.
 */
@FullStackTest
class FhirRecordsTest {

    @Autowired
    ServiceClient service;

    @Autowired
    ApplicationContext context;

    @LocalServerPort
    int port;

    ServiceClient patient;
    String patientId;
    String checkinId;
    ServiceClient therapist;

    @BeforeEach
    void aPatientWithACheckInSharedWithTheirTherapist() {
        patient = People.newPatient(service);
        patientId = People.json(patient.get("/api/v1/me")).get("id").asString();
        HttpResponse<String> kept = patient.postJson("/api/v1/me/assessments", IntakeExamples.WITH_OSTEOPOROSIS);
        assertThat(kept.statusCode()).as(kept.body()).isEqualTo(201);
        checkinId = People.json(kept).get("id").asString();
        String therapistEmail = People.signUpVerified(service, context, "THERAPIST");
        therapist = People.signedIn(service, therapistEmail);
        People.share(patient, therapist, context, therapistEmail, "THERAPIST");
    }

    @Test
    void theCheckInsScoresAreObservationsDerivedFromItsResponse() {
        IGenericClient fhir = fhir(therapist);

        Bundle pain = fhir.search()
                .forResource(Observation.class)
                .where(Observation.SUBJECT.hasId("Patient/" + patientId))
                .and(Observation.CODE.exactly().systemAndCode("http://loinc.org", "72514-3"))
                .returnBundle(Bundle.class)
                .execute();
        Bundle all = fhir.search()
                .forResource(Observation.class)
                .where(Observation.PATIENT.hasId(patientId))
                .returnBundle(Bundle.class)
                .execute();

        assertThat(pain.getTotal()).isEqualTo(1);
        Observation painNow = (Observation) pain.getEntryFirstRep().getResource();
        assertThat(painNow.getValueIntegerType().getValue()).isEqualTo(6);
        assertThat(painNow.getDerivedFromFirstRep().getReference()).isEqualTo("QuestionnaireResponse/" + checkinId);
        assertThat(codes(all))
                .containsExactlyInAnyOrder(
                        "72514-3",
                        "97909-6",
                        "rmdq-24-score",
                        "start-back-total",
                        "start-back-psychosocial",
                        "start-back-risk");
        Observation odi = fhir.read()
                .resource(Observation.class)
                .withId(checkinId + "-odi")
                .execute();
        assertThat(odi.getValueQuantity().getValue().doubleValue()).isEqualTo(31.1); // 14 of 45 (9 sections answered)
        QuestionnaireResponse response = fhir.read()
                .resource(QuestionnaireResponse.class)
                .withId(checkinId)
                .execute();
        assertThat(response.getSubject().getReference()).isEqualTo("Patient/" + patientId);
        assertThat(response.getItem()).extracting(item -> item.getLinkId()).contains("age", "pain", "odi");
        for (Bundle.BundleEntryComponent entry : all.getEntry()) {
            assertThat(FhirValidation.errorsIn(entry.getResource()))
                    .as(entry.getFullUrl())
                    .isEmpty();
        }
        assertThat(FhirValidation.errorsIn(response)).isEmpty();
    }

    @Test
    void aTriageReasonIsAnActiveFlagUntilANewerCheckInEndsIt() {
        IGenericClient fhir = fhir(patient);
        List<Flag> before = flags(fhir, "active");
        assertThat(before)
                .extracting(flag -> flag.getCode().getCodingFirstRep().getCode())
                .containsExactly("OSTEOPOROSIS");
        assertThat(FhirValidation.errorsIn(before.getFirst())).isEmpty();

        HttpResponse<String> later =
                patient.postJson("/api/v1/me/assessments", "{\"age\": 47, \"painDurationWeeks\": 20, \"painNow\": 3}");
        assertThat(later.statusCode()).as(later.body()).isEqualTo(201);

        assertThat(flags(fhir, "active")).isEmpty();
        Flag ended = flags(fhir, "inactive").getFirst();
        assertThat(ended.getIdElement().getIdPart())
                .isEqualTo(before.getFirst().getIdElement().getIdPart());
        assertThat(ended.getPeriod().hasEnd()).isTrue();
        assertThat(ended.getMeta().getVersionId()).isEqualTo("2");

        long looksBefore = checkinLooks();
        Flag read = fhir.read()
                .resource(Flag.class)
                .withId(ended.getIdElement().getIdPart())
                .execute();
        assertThat(read.getStatus()).isEqualTo(Flag.FlagStatus.INACTIVE);
        assertThat(read.getMeta().getVersionId()).isEqualTo("2");
        assertThat(checkinLooks() - looksBefore).as("one audited look per read").isEqualTo(1);
    }

    /** How many looks at the patient's check-ins their audit log holds. */
    private long checkinLooks() {
        return People.json(patient.get("/api/v1/me/audit"))
                .valueStream()
                .filter(event -> event.get("record").asString().equals("assessments"))
                .count();
    }

    @Test
    void onlyThePatientAndWhomTheyLetInSeeTheRecordAndEveryLookIsAudited() {
        ServiceClient anotherPatient = People.newPatient(service);
        ServiceClient anotherTherapist = People.signedIn(service, People.signUp(service, "THERAPIST"));

        for (ServiceClient allowed : List.of(patient, therapist)) {
            Patient read = fhir(allowed)
                    .read()
                    .resource(Patient.class)
                    .withId(patientId)
                    .execute();
            assertThat(read.getNameFirstRep().getText()).isEqualTo("Alex Doe");
            assertThat(FhirValidation.errorsIn(read)).isEmpty();
        }
        for (ServiceClient refused : List.of(anotherPatient, anotherTherapist)) {
            IGenericClient fhir = fhir(refused);
            assertThatThrownBy(() -> fhir.read()
                            .resource(Patient.class)
                            .withId(patientId)
                            .execute())
                    .isInstanceOf(ResourceNotFoundException.class);
            assertThatThrownBy(() -> fhir.read()
                            .resource(QuestionnaireResponse.class)
                            .withId(checkinId)
                            .execute())
                    .isInstanceOf(ResourceNotFoundException.class);
            assertThatThrownBy(() -> fhir.read()
                            .resource(Observation.class)
                            .withId(checkinId + "-pain")
                            .execute())
                    .isInstanceOf(ResourceNotFoundException.class);
            Bundle nothing = fhir.search()
                    .forResource(Observation.class)
                    .where(Observation.SUBJECT.hasId("Patient/" + patientId))
                    .returnBundle(Bundle.class)
                    .execute();
            assertThat(nothing.getTotal()).isZero();
        }

        JsonNode audit = People.json(patient.get("/api/v1/me/audit"));
        assertThat(audit.valueStream()
                        .filter(event -> event.get("record").asString().equals(PersonalRecords.PATIENT_RECORD))
                        .map(event -> event.get("result") == null
                                ? ""
                                : event.get("result").asString())
                        .toList())
                .hasSizeGreaterThanOrEqualTo(4);
    }

    @Test
    void thePatientsGrantIsAConsentOnlyThePatientSees() {
        List<Consent> mine = fhir(patient)
                .search()
                .forResource(Consent.class)
                .where(Consent.PATIENT.hasId("Patient/" + patientId))
                .returnBundle(Bundle.class)
                .execute()
                .getEntry()
                .stream()
                .map(entry -> (Consent) entry.getResource())
                .toList();
        Bundle theirs = fhir(therapist)
                .search()
                .forResource(Consent.class)
                .where(Consent.PATIENT.hasId("Patient/" + patientId))
                .returnBundle(Bundle.class)
                .execute();

        assertThat(mine).hasSize(1);
        assertThat(mine.getFirst().getStatus()).isEqualTo(Consent.ConsentState.ACTIVE);
        assertThat(mine.getFirst()
                        .getProvision()
                        .getActorFirstRep()
                        .getReference()
                        .getDisplay())
                .startsWith("person-");
        assertThat(FhirValidation.errorsIn(mine.getFirst())).isEmpty();
        assertThat(theirs.getTotal()).isZero();
    }

    @Test
    void aRecordsReadSendsAnETagHonouredBy304AndAnUnknownSearchParameterIs400() {
        HttpResponse<String> read = patient.get("/fhir/Patient/" + patientId);
        String etag = read.headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> again = patient.withHeader("If-None-Match", etag).get("/fhir/Patient/" + patientId);
        HttpResponse<String> unknown = patient.get("/fhir/Observation?subject=Patient/" + patientId + "&shoe-size=9");

        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(etag).startsWith("W/\"");
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(unknown.statusCode()).as(unknown.body()).isEqualTo(400);
        assertThat(unknown.body()).contains("OperationOutcome");
    }

    @Test
    void everythingHoldsThePatientTheirCheckInItsScoresAndFlags() {
        Parameters none = new Parameters();
        Bundle everything = fhir(therapist)
                .operation()
                .onInstance("Patient/" + patientId)
                .named("$everything")
                .withParameters(none)
                .returnResourceType(Bundle.class)
                .useHttpGet()
                .execute();

        assertThat(everything.getEntry())
                .extracting(entry -> entry.getResource().fhirType())
                .contains("Patient", "QuestionnaireResponse", "Observation", "Flag");
    }

    @Test
    void aPostedCheckInIsScoredAndKeptWithItsObservationsAtOnce() {
        QuestionnaireResponse answered =
                CheckinResponses.answers(CheckinResponsesTest.JSON.readTree(IntakeExamples.WITH_OSTEOPOROSIS));
        int before = People.json(patient.get("/api/v1/me/assessments")).size();

        MethodOutcome created = fhir(patient).create().resource(answered).execute();

        assertThat(created.getCreated()).isTrue();
        String id = created.getId().getIdPart();
        Bundle scores = fhir(therapist)
                .search()
                .forResource(Observation.class)
                .where(Observation.SUBJECT.hasId("Patient/" + patientId))
                .and(Observation.CODE.exactly().systemAndCode("http://loinc.org", "72514-3"))
                .returnBundle(Bundle.class)
                .execute();
        assertThat(scores.getEntry())
                .extracting(entry -> ((Observation) entry.getResource())
                        .getDerivedFromFirstRep()
                        .getReference())
                .contains("QuestionnaireResponse/" + id);
        assertThat(People.json(patient.get("/api/v1/me/assessments")).size()).isEqualTo(before + 1);
    }

    @Test
    void anInvalidResponseIs422NamingEachBadItemAndNothingIsKept() {
        QuestionnaireResponse answered =
                CheckinResponses.answers(CheckinResponsesTest.JSON.readTree(IntakeExamples.WITH_OSTEOPOROSIS));
        answered.getItem().get(0).getAnswerFirstRep().setValue(new IntegerType(12)); // age under 18
        answered.addItem().setLinkId("shoe-size").addAnswer().setValue(new IntegerType(44));
        answered.getItem().stream()
                .filter(item -> item.getLinkId().equals(Questionnaires.ODI_GROUP))
                .findFirst()
                .orElseThrow()
                .getItemFirstRep()
                .getAnswerFirstRep()
                .setValue(new Coding(null, "9", null)); // odi-1 outside 0 to 5
        int before = People.json(patient.get("/api/v1/me/assessments")).size();

        HttpResponse<String> refused = patient.send(
                "POST",
                "/fhir/QuestionnaireResponse",
                FhirValidation.FHIR.newJsonParser().encodeResourceToString(answered),
                "application/fhir+json");

        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
        OperationOutcome outcome =
                FhirValidation.FHIR.newJsonParser().parseResource(OperationOutcome.class, refused.body());
        assertThat(outcome.getIssue())
                .extracting(issue -> issue.getDiagnostics()
                        .substring(0, issue.getDiagnostics().indexOf(':')))
                .containsExactlyInAnyOrder("shoe-size", "age", "odi-1");
        assertThat(People.json(patient.get("/api/v1/me/assessments")).size()).isEqualTo(before);
    }

    private IGenericClient fhir(ServiceClient who) {
        return FhirValidation.client(port, who);
    }

    private List<Flag> flags(IGenericClient fhir, String status) {
        return fhir
                .search()
                .forResource(Flag.class)
                .where(Flag.PATIENT.hasId("Patient/" + patientId))
                .and(new ca.uhn.fhir.rest.gclient.TokenClientParam("status")
                        .exactly()
                        .code(status))
                .returnBundle(Bundle.class)
                .execute()
                .getEntry()
                .stream()
                .map(entry -> (Flag) entry.getResource())
                .toList();
    }

    private static List<String> codes(Bundle bundle) {
        return bundle.getEntry().stream()
                .map(entry -> ((Observation) entry.getResource())
                        .getCode()
                        .getCodingFirstRep()
                        .getCode())
                .toList();
    }
}
