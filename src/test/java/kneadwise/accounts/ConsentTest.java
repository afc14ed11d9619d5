package kneadwise.accounts;

import static kneadwise.accounts.People.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import kneadwise.checkin.IntakeExamples;
import kneadwise.testing.FullStackTest;
import kneadwise.testing.ServiceClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.node.ObjectNode;

/** A patient's record reaches a therapist or clinician only while the patient allows it; others get 404. */
@FullStackTest
class ConsentTest {

    @Autowired
    ServiceClient service;

    @Test
    void aGrantedTherapistSeesTheRecordUntilThePatientRevokes() {
        ServiceClient patient = People.newPatient(service);
        String patientId = json(patient.get("/api/v1/me")).get("id").asString();
        patient.postJson("/api/v1/me/assessments", IntakeExamples.WITH_OSTEOPOROSIS);
        String therapistEmail = People.signUp(service, "THERAPIST");
        ServiceClient therapist = People.signedIn(service, therapistEmail);
        String record = "/api/v1/patients/" + patientId + "/assessments";

        assertThat(therapist.get(record).statusCode()).as("before any grant").isEqualTo(404);

        HttpResponse<String> granted = patient.postJson("/api/v1/me/access", grant(therapistEmail, "THERAPIST"));
        assertThat(granted.statusCode()).isEqualTo(201);
        HttpResponse<String> seen = therapist.get(record);
        assertThat(seen.statusCode()).isEqualTo(200);
        assertThat(json(seen)).hasSize(1);

        String grantId = json(granted).get("id").asString();
        assertThat(patient.delete("/api/v1/me/access/" + grantId).statusCode()).isEqualTo(204);
        assertThat(therapist.get(record).statusCode()).as("after revoking").isEqualTo(404);
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
        ServiceClient clinician = People.signedIn(service, clinicianEmail);

        assertThat(clinician
                        .get("/api/v1/patients/" + patientId + "/assessments")
                        .statusCode())
                .isEqualTo(200);
    }

    @Test
    void thePatientSeesWhoLookedAndWhoWasTurnedAway() {
        ServiceClient patient = People.newPatient(service);
        String patientId = json(patient.get("/api/v1/me")).get("id").asString();
        String therapistEmail = People.signUp(service, "THERAPIST");
        ServiceClient therapist = People.signedIn(service, therapistEmail);
        String record = "/api/v1/patients/" + patientId + "/assessments";
        therapist.get(record);
        patient.postJson("/api/v1/me/access", grant(therapistEmail, "THERAPIST"));
        therapist.get(record);

        List<String> seen = json(patient.get("/api/v1/me/audit"))
                .valueStream()
                .filter(event -> event.get("actor").asString().contains("(THERAPIST)"))
                .map(event -> event.get("action").asString() + " "
                        + event.get("result").asString())
                .toList();

        assertThat(seen).containsExactly("READ ALLOWED", "READ DENIED");
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
