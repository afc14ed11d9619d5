package kneadwise.accounts;

import static kneadwise.accounts.People.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import kneadwise.checkin.IntakeExamples;
import kneadwise.testing.FullStackTest;
import kneadwise.testing.Outbox;
import kneadwise.testing.ServiceClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** CONTRACT.md section 7 over real HTTP: sign-up, tokens, the person's own record, export and deletion. */
@FullStackTest
class AccountsApiTest {

    @Autowired
    ServiceClient service;

    @Autowired
    org.springframework.context.ApplicationContext context;

    @Autowired
    javax.sql.DataSource dataSource;

    private org.springframework.jdbc.core.simple.JdbcClient jdbc() {
        return org.springframework.jdbc.core.simple.JdbcClient.create(dataSource);
    }

    @Test
    void signsUpAPatientWhoMaySignInBeforeVerifyingTheirEmail() {
        HttpResponse<String> received = service.postJson(
                "/api/v1/accounts", People.account("Sam.Lee@Example.org", People.PASSWORD, "Sam Lee", "PATIENT"));

        assertThat(received.statusCode()).isEqualTo(202);
        assertThat(received.body()).isEqualTo("{\"email\":\"Sam.Lee@Example.org\",\"verification\":\"SENT\"}");
        JsonNode me = json(People.signedIn(service, "Sam.Lee@Example.org").get("/api/v1/me"));
        assertThat(me.get("role").asString()).isEqualTo("PATIENT");
        assertThat(me.get("id").asString()).hasSize(36);
        assertThat(me.get("emailVerified").asBoolean()).isFalse();
        assertThat(Outbox.awaitMailsTo(context, "Sam.Lee@Example.org", 1))
                .singleElement()
                .asString()
                .startsWith("Confirm your email address for Kneadwise")
                .containsPattern(People.VERIFICATION_LINK);
    }

    @Test
    void signUpAnswersTheSameForAnAddressThatHasAnAccountAndMailsItsOwner() {
        String email = People.signUp(service, "THERAPIST");
        String differentCase = email.toUpperCase(java.util.Locale.ROOT);

        HttpResponse<String> again = service.postJson(
                "/api/v1/accounts",
                People.account(differentCase, "another good passphrase", "Someone Else", "PATIENT"));
        HttpResponse<String> fresh = service.postJson(
                "/api/v1/accounts", People.account("NEW-" + differentCase, People.PASSWORD, "Someone Else", "PATIENT"));

        assertThat(again.statusCode()).isEqualTo(fresh.statusCode()).isEqualTo(202);
        assertThat(json(again).get("verification")).isEqualTo(json(fresh).get("verification"));
        assertThat(Outbox.awaitMailsTo(context, email, 2).getFirst())
                .startsWith("You already have a Kneadwise account");
        assertThat(service.postJson("/api/v1/tokens", People.login(email, "another good passphrase"))
                        .statusCode())
                .as("the existing account keeps its password")
                .isEqualTo(401);
        assertThat(json(People.signedIn(service, email).get("/api/v1/me"))
                        .get("role")
                        .asString())
                .isEqualTo("THERAPIST");
    }

    @Test
    void signUpsAreLimitedPerEmailAddress() {
        String email = "limited-" + UUID.randomUUID() + "@example.org";
        for (int attempt = 0; attempt < Accounts.SIGN_UPS_PER_EMAIL; attempt++) {
            assertThat(service.postJson("/api/v1/accounts", People.account(email, People.PASSWORD, "Al", "PATIENT"))
                            .statusCode())
                    .isEqualTo(202);
        }

        HttpResponse<String> throttled =
                service.postJson("/api/v1/accounts", People.account(email, People.PASSWORD, "Al", "PATIENT"));

        assertThat(throttled.statusCode()).isEqualTo(429);
        assertThat(throttled.headers().firstValue("Retry-After")).isPresent();
        assertThat(Outbox.awaitMailsTo(context, email, 3))
                .as("one welcome, then two 'you already have an account'")
                .hasSize(3);
    }

    @Test
    void aVerificationLinkWorksOnce() {
        String email = People.signUp(service, "PATIENT");
        String token = Outbox.secretFrom(context, email, People.VERIFICATION_LINK);
        String body = "{\"token\": \"" + token + "\"}";

        assertThat(service.postJson("/api/v1/email-verifications", body).statusCode())
                .isEqualTo(204);
        assertThat(service.postJson("/api/v1/email-verifications", body).statusCode())
                .isEqualTo(404);
        assertThat(json(People.signedIn(service, email).get("/api/v1/me"))
                        .get("emailVerified")
                        .asBoolean())
                .isTrue();
    }

    @Test
    void namesEveryInvalidFieldOfASignUp() {
        HttpResponse<String> response =
                service.postJson("/api/v1/accounts", People.account("not-an-email", "password", "", "SYSTEM_ADMIN"));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response)
                        .get("errors")
                        .valueStream()
                        .map(e -> e.get("field").asString()))
                .containsExactly("email", "name", "role", "password");
    }

    @Test
    void refusesShortAndCommonPasswords() {
        String email = "new-" + System.nanoTime() + "@example.org";

        assertThat(errorFor("/api/v1/accounts", People.account(email, "seven77", "A B", "PATIENT")))
                .contains("at least 8 characters");
        assertThat(errorFor("/api/v1/accounts", People.account(email, "iloveyou2", "A B", "PATIENT")))
                .contains("most common passwords");
        assertThat(errorFor("/api/v1/accounts", People.account(email, email, "A B", "PATIENT")))
                .contains("must not be your email");
    }

    @Test
    void anUnknownEmailAndAWrongPasswordGetTheSameAnswer() {
        String email = People.signUp(service, "PATIENT");

        HttpResponse<String> wrongPassword =
                service.postJson("/api/v1/tokens", People.login(email, "not the password"));
        HttpResponse<String> unknownEmail =
                service.postJson("/api/v1/tokens", People.login("nobody-" + email, "not the password"));

        assertThat(wrongPassword.statusCode()).isEqualTo(401);
        assertThat(unknownEmail.statusCode()).isEqualTo(401);
        assertThat(unknownEmail.body()).isEqualTo(wrongPassword.body());
    }

    @Test
    void aTokenSignsInTheApi() {
        String email = People.signUp(service, "PATIENT");
        HttpResponse<String> token = service.postJson("/api/v1/tokens", People.login(email, People.PASSWORD));

        assertThat(token.statusCode()).isEqualTo(201);
        assertThat(json(token).get("expiresAt").asString()).isNotBlank();
        ServiceClient me = service.withToken(json(token).get("token").asString());
        assertThat(json(me.get("/api/v1/me")).get("email").asString()).isEqualTo(email);
    }

    @Test
    void theOwnRecordNeedsAValidToken() {
        assertThat(service.get("/api/v1/me").statusCode()).isEqualTo(401);
        assertThat(service.withToken("made-up").get("/api/v1/me").statusCode()).isEqualTo(401);
        HttpResponse<String> anonymous = service.get("/api/v1/me/assessments");
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
        assertThat(json(anonymous).get("title").asString()).isEqualTo("Not signed in");
    }

    @Test
    void keepsAssessmentsInTheOwnRecordAndAuditsEachAccess() {
        ServiceClient patient = People.newPatient(service);

        HttpResponse<String> kept = patient.postJson("/api/v1/me/assessments", IntakeExamples.WITH_OSTEOPOROSIS);
        HttpResponse<String> listed = patient.get("/api/v1/me/assessments");

        assertThat(kept.statusCode()).isEqualTo(201);
        String id = json(kept).get("id").asString();
        assertThat(json(kept).at("/assessment/triage/level").asString()).isEqualTo("MASSAGE_WITH_PRECAUTIONS");
        assertThat(json(listed).get(0).get("id").asString()).isEqualTo(id);
        List<String> actions = json(patient.get("/api/v1/me/audit"))
                .valueStream()
                .map(event -> event.get("action").asString() + " "
                        + event.get("record").asString())
                .toList();
        assertThat(actions).contains("CREATE assessment " + id, "READ assessments", "SIGN_IN account");
    }

    @Test
    void anotherPatientSeesNoneOfIt() {
        ServiceClient first = People.newPatient(service);
        ServiceClient second = People.newPatient(service);
        first.postJson("/api/v1/me/assessments", IntakeExamples.WITH_OSTEOPOROSIS);

        assertThat(json(second.get("/api/v1/me/assessments")).isEmpty()).isTrue();
        assertThat(json(second.get("/api/v1/me/export")).get("assessments").isEmpty())
                .isTrue();
    }

    @Test
    void invalidIntakeStoresNothing() {
        ServiceClient patient = People.newPatient(service);

        HttpResponse<String> invalid = patient.postJson("/api/v1/me/assessments", "{\"age\": 7}");

        assertThat(invalid.statusCode()).isEqualTo(400);
        assertThat(json(patient.get("/api/v1/me/assessments")).isEmpty()).isTrue();
    }

    @Test
    void exportsEverythingStoredAboutThePerson() {
        ServiceClient patient = People.newPatient(service);
        patient.postJson("/api/v1/me/assessments", IntakeExamples.WITH_OSTEOPOROSIS);

        JsonNode export = json(patient.get("/api/v1/me/export"));

        assertThat(export.at("/account/email").asString()).endsWith("@example.org");
        assertThat(export.get("assessments")).hasSize(1);
        assertThat(export.at("/assessments/0/intake/age").asInt()).isEqualTo(47);
        assertThat(export.get("audit").valueStream().map(e -> e.get("action").asString()))
                .contains("EXPORT");
    }

    @Test
    void deletingTheAccountEndsItsTokensAndErasesItsData() {
        ServiceClient patient = People.newPatient(service);
        String id = json(patient.get("/api/v1/me")).get("id").asString();
        patient.postJson("/api/v1/me/assessments", IntakeExamples.WITH_OSTEOPOROSIS);

        HttpResponse<String> deleted = patient.delete("/api/v1/me");

        assertThat(deleted.statusCode()).isEqualTo(204);
        assertThat(patient.get("/api/v1/me").statusCode()).isEqualTo(401);
        assertThat(patient.get("/api/v1/me/assessments").statusCode()).isEqualTo(401);
        assertThat(jdbc().sql("SELECT count(*) FROM checkin_saved_assessment WHERE account_id = :id")
                        .param("id", java.util.UUID.fromString(id))
                        .query(Integer.class)
                        .single())
                .as("the saved assessments are erased")
                .isZero();
        assertThat(jdbc().sql("SELECT action FROM accounts_audit_event WHERE subject_id = :id")
                        .param("id", java.util.UUID.fromString(id))
                        .query(String.class)
                        .list())
                .as("the audit log stays, with the deletion in it")
                .contains("CREATE", "DELETE");
    }

    @Test
    void textIsStoredAsGivenAndSentBackAsData() {
        String name = "<script>alert('x')</script> Robert'); DROP TABLE accounts_account;--";
        String email = "inject-" + System.nanoTime() + "@example.org";
        service.postJson("/api/v1/accounts", People.account(email, People.PASSWORD, name, "PATIENT"));

        ServiceClient person = People.signedIn(service, email);

        assertThat(json(person.get("/api/v1/me")).get("name").asString()).isEqualTo(name);
        assertThat(person.get("/api/v1/me").headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
    }

    @Test
    void everyAnswerCarriesTheSecurityHeaders() {
        for (HttpResponse<String> response : List.of(service.get("/healthz"), service.get("/api/v1/me"))) {
            assertThat(response.headers().firstValue("Content-Security-Policy"))
                    .hasValueSatisfying(csp -> assertThat(csp)
                            .contains("default-src 'self'", "frame-ancestors 'none'", "script-src 'self'")
                            .doesNotContain("unsafe-inline"));
            assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
            assertThat(response.headers().firstValue("X-Frame-Options")).hasValue("DENY");
            assertThat(response.headers().firstValue("Referrer-Policy")).hasValue("strict-origin-when-cross-origin");
        }
    }

    private String errorFor(String path, String body) {
        HttpResponse<String> response = service.postJson(path, body);
        assertThat(response.statusCode()).isEqualTo(400);
        return json(response).get("errors").toString();
    }
}
