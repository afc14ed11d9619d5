package kneadwise.accounts;

import static kneadwise.accounts.People.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import kneadwise.checkin.IntakeExamples;
import kneadwise.testing.FullStackTest;
import kneadwise.testing.Outbox;
import kneadwise.testing.ServiceClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.node.ObjectNode;

/**
 * A patient's record reaches a therapist or clinician only while the patient allows it, and only the account that
 * accepted the invitation through its mailed link with a verified email (issue 16, item 1); others get 404.
 */
@FullStackTest
class ConsentTest {

    @Autowired
    ServiceClient service;

    @Autowired
    ApplicationContext context;

    @Test
    void aGrantedTherapistSeesTheRecordOnceTheyAcceptAndUntilThePatientRevokes() {
        ServiceClient patient = People.newPatient(service);
        String patientId = json(patient.get("/api/v1/me")).get("id").asString();
        patient.postJson("/api/v1/me/assessments", IntakeExamples.WITH_OSTEOPOROSIS);
        String therapistEmail = People.signUpVerified(service, context, "THERAPIST");
        ServiceClient therapist = People.signedIn(service, therapistEmail);
        String record = "/api/v1/patients/" + patientId + "/assessments";

        assertThat(therapist.get(record).statusCode()).as("before any grant").isEqualTo(404);

        HttpResponse<String> granted = patient.postJson("/api/v1/me/access", grant(therapistEmail, "THERAPIST"));
        assertThat(granted.statusCode()).isEqualTo(201);
        assertThat(json(granted).get("status").asString()).isEqualTo("INVITED");
        assertThat(therapist.get(record).statusCode())
                .as("invited, not yet accepted")
                .isEqualTo(404);

        HttpResponse<String> accepted = People.acceptInvitation(therapist, context, therapistEmail);
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(200);
        assertThat(json(accepted).get("patientId").asString()).isEqualTo(patientId);
        HttpResponse<String> seen = therapist.get(record);
        assertThat(seen.statusCode()).isEqualTo(200);
        assertThat(json(seen)).hasSize(1);
        assertThat(json(patient.get("/api/v1/me/access")).get(0).get("status").asString())
                .isEqualTo("ACCEPTED");

        String grantId = json(granted).get("id").asString();
        assertThat(patient.delete("/api/v1/me/access/" + grantId).statusCode()).isEqualTo(204);
        assertThat(therapist.get(record).statusCode()).as("after revoking").isEqualTo(404);
    }

    @Test
    void whoeverRegistersTheInvitedAddressGetsNothingWithoutTheMailedLink() {
        ServiceClient patient = People.newPatient(service);
        String patientId = json(patient.get("/api/v1/me")).get("id").asString();
        patient.postJson("/api/v1/me/assessments", IntakeExamples.WITH_OSTEOPOROSIS);
        String doctor = "dr.smith-" + System.nanoTime() + "@clinic.test";
        patient.postJson("/api/v1/me/access", grant(doctor, "CLINICIAN"));

        // The attacker registers the doctor's address before the doctor does; sign-up lets them in, unverified.
        HttpResponse<String> signedUp = service.postJson(
                "/api/v1/accounts",
                People.account(doctor.toUpperCase(java.util.Locale.ROOT), People.PASSWORD, "Dr Smith", "THERAPIST"));
        assertThat(signedUp.statusCode()).isEqualTo(202);
        ServiceClient attacker = People.signedIn(service, doctor);

        assertThat(attacker.get("/api/v1/patients/" + patientId + "/assessments")
                        .statusCode())
                .as("a grant is never matched by address")
                .isEqualTo(404);
        HttpResponse<String> guessed =
                attacker.postJson("/api/v1/me/invitations", "{\"token\": \"" + "A".repeat(43) + "\"}");
        assertThat(guessed.statusCode())
                .as("an unverified account accepts nothing")
                .isEqualTo(403);
        assertThat(json(patient.get("/api/v1/me/access")).get(0).get("status").asString())
                .isEqualTo("INVITED");
    }

    @Test
    void anUnverifiedAccountCannotAcceptEvenWithTheRightLink() {
        ServiceClient patient = People.newPatient(service);
        String patientId = json(patient.get("/api/v1/me")).get("id").asString();
        String clinicianEmail = People.signUp(service, "THERAPIST");
        ServiceClient clinician = People.signedIn(service, clinicianEmail);
        patient.postJson("/api/v1/me/access", grant(clinicianEmail, "CLINICIAN"));

        HttpResponse<String> refused = People.acceptInvitation(clinician, context, clinicianEmail);

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(json(refused).get("title").asString()).isEqualTo("Email not verified");
        assertThat(json(clinician.get("/api/v1/me")).get("emailVerified").asBoolean())
                .isFalse();
        assertThat(clinician
                        .get("/api/v1/patients/" + patientId + "/assessments")
                        .statusCode())
                .isEqualTo(404);

        People.verifyEmail(service, context, clinicianEmail);
        assertThat(json(clinician.get("/api/v1/me")).get("emailVerified").asBoolean())
                .isTrue();
        assertThat(People.acceptInvitation(clinician, context, clinicianEmail).statusCode())
                .isEqualTo(200);
        assertThat(clinician
                        .get("/api/v1/patients/" + patientId + "/assessments")
                        .statusCode())
                .isEqualTo(200);
    }

    @Test
    void anInvitationLinkWorksOnceForOneAccount() {
        ServiceClient patient = People.newPatient(service);
        String patientId = json(patient.get("/api/v1/me")).get("id").asString();
        String first = People.signUpVerified(service, context, "THERAPIST");
        ServiceClient firstClient = People.signedIn(service, first);
        patient.postJson("/api/v1/me/access", grant(first, "CLINICIAN"));
        String token = Outbox.secretFrom(context, first, People.INVITATION_LINK);
        String second = People.signUpVerified(service, context, "THERAPIST");
        ServiceClient secondClient = People.signedIn(service, second);
        String body = "{\"token\": \"" + token + "\"}";

        assertThat(firstClient.postJson("/api/v1/me/invitations", body).statusCode())
                .isEqualTo(200);
        assertThat(secondClient.postJson("/api/v1/me/invitations", body).statusCode())
                .isEqualTo(404);
        assertThat(secondClient
                        .get("/api/v1/patients/" + patientId + "/assessments")
                        .statusCode())
                .isEqualTo(404);
    }

    @Test
    void aDeletedGranteesAddressRegisteredAgainInOtherLetterCaseSeesNothing() {
        ServiceClient patient = People.newPatient(service);
        String patientId = json(patient.get("/api/v1/me")).get("id").asString();
        String doctor = People.signUpVerified(service, context, "THERAPIST");
        ServiceClient doctorClient = People.signedIn(service, doctor);
        People.share(patient, doctorClient, context, doctor, "CLINICIAN");
        String record = "/api/v1/patients/" + patientId + "/assessments";
        HttpResponse<String> seen = doctorClient.get(record);
        assertThat(seen.statusCode()).isEqualTo(200);
        assertThat(json(seen).isArray()).isTrue();

        assertThat(doctorClient.delete("/api/v1/me").statusCode()).isEqualTo(204);
        String again = doctor.toUpperCase(java.util.Locale.ROOT);
        service.postJson("/api/v1/accounts", People.account(again, People.PASSWORD, "Someone else", "THERAPIST"));
        People.verifyEmail(service, context, again);
        ServiceClient newcomer = People.signedIn(service, again);

        assertThat(newcomer.get(record).statusCode()).isEqualTo(404);
        assertThat(json(patient.get("/api/v1/me/access")))
                .as("the grant ended with the account")
                .isEmpty();
    }

    @Test
    void aRefusedRecordLooksExactlyLikeAMissingOne() {
        ServiceClient patient = People.newPatient(service);
        String patientId = json(patient.get("/api/v1/me")).get("id").asString();
        ServiceClient stranger = People.newPatient(service);

        HttpResponse<String> refused = stranger.get("/api/v1/patients/" + patientId + "/assessments");
        HttpResponse<String> missing =
                stranger.get("/api/v1/patients/00000000-0000-4000-8000-000000000000/assessments");

        assertThat(refused.statusCode()).isEqualTo(404);
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(refused.body()).isEqualTo(missing.body());
    }

    @Test
    void aClinicianCanBeInvitedBeforeTheyHaveAnAccount() {
        ServiceClient patient = People.newPatient(service);
        String patientId = json(patient.get("/api/v1/me")).get("id").asString();
        String clinicianEmail = "dr-" + System.nanoTime() + "@example.org";
        patient.postJson("/api/v1/me/access", grant(clinicianEmail, "CLINICIAN"));

        service.postJson(
                "/api/v1/accounts", People.account(clinicianEmail, People.PASSWORD, "Dr Example", "THERAPIST"));
        People.verifyEmail(service, context, clinicianEmail);
        ServiceClient clinician = People.signedIn(service, clinicianEmail);
        assertThat(People.acceptInvitation(clinician, context, clinicianEmail).statusCode())
                .isEqualTo(200);

        assertThat(clinician
                        .get("/api/v1/patients/" + patientId + "/assessments")
                        .statusCode())
                .isEqualTo(200);
    }

    @Test
    void thePatientSeesWhoLookedAndWhoWasTurnedAway() {
        ServiceClient patient = People.newPatient(service);
        String patientId = json(patient.get("/api/v1/me")).get("id").asString();
        String therapistEmail = People.signUpVerified(service, context, "THERAPIST");
        ServiceClient therapist = People.signedIn(service, therapistEmail);
        String record = "/api/v1/patients/" + patientId + "/assessments";
        therapist.get(record);
        People.share(patient, therapist, context, therapistEmail, "THERAPIST");
        therapist.get(record);

        List<String> seen = json(patient.get("/api/v1/me/audit"))
                .valueStream()
                .filter(event -> event.get("actor").asString().contains("(THERAPIST)"))
                .map(event -> event.get("action").asString() + " "
                        + event.get("result").asString())
                .toList();

        assertThat(seen).containsExactly("READ ALLOWED", "ACCEPT ALLOWED", "READ DENIED");
    }

    @Test
    void revokingSomeoneElsesGrantIsNotFound() {
        ServiceClient patient = People.newPatient(service);
        HttpResponse<String> granted = patient.postJson("/api/v1/me/access", grant("someone@example.org", "CLINICIAN"));
        ServiceClient other = People.newPatient(service);

        assertThat(other.delete("/api/v1/me/access/" + json(granted).get("id").asString())
                        .statusCode())
                .isEqualTo(404);
        assertThat(json(patient.get("/api/v1/me/access"))).hasSize(1);
    }

    @Test
    void aGrantNeedsAnEmailAndAKind() {
        ServiceClient patient = People.newPatient(service);

        HttpResponse<String> invalid =
                patient.postJson("/api/v1/me/access", "{\"email\": \"nope\", \"kind\": \"FRIEND\"}");

        assertThat(invalid.statusCode()).isEqualTo(400);
        assertThat(json(invalid)
                        .get("errors")
                        .valueStream()
                        .map(e -> e.get("field").asString()))
                .containsExactly("email", "kind");
    }

    private static String grant(String email, String kind) {
        ObjectNode body = People.JSON.createObjectNode().put("email", email).put("kind", kind);
        return People.JSON.writeValueAsString(body);
    }

    @Test
    void grantingAndRevokingAreAudited() {
        ServiceClient patient = People.newPatient(service);
        HttpResponse<String> granted = patient.postJson("/api/v1/me/access", grant("gp@example.org", "CLINICIAN"));
        patient.delete("/api/v1/me/access/" + json(granted).get("id").asString());

        List<String> actions = json(patient.get("/api/v1/me/audit"))
                .valueStream()
                .map(event -> event.get("action").asString())
                .toList();

        assertThat(actions).contains("GRANT", "REVOKE");
    }
}
