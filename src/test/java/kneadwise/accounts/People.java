package kneadwise.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.UUID;
import java.util.regex.Pattern;
import kneadwise.testing.Outbox;
import kneadwise.testing.ServiceClient;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Signs people up and in through the API, for tests (an object mother for accounts). */
public final class People {

    public static final String PASSWORD = "correct horse battery staple";
    static final JsonMapper JSON = JsonMapper.builder().build();

    private People() {}

    /** A new patient with a unique email; returns a client that carries their token. */
    public static ServiceClient newPatient(ServiceClient service) {
        return signedIn(service, signUp(service, "PATIENT"));
    }

    /** Signs up someone new with {@link #PASSWORD}; returns their email. */
    public static String signUp(ServiceClient service, String role) {
        String email = "person-" + UUID.randomUUID() + "@example.org";
        HttpResponse<String> created = service.postJson("/api/v1/accounts", account(email, PASSWORD, "Alex Doe", role));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(202);
        return email;
    }

    /** The link of a verification mail, with its secret. */
    public static final Pattern VERIFICATION_LINK = Pattern.compile("/verify-email/([A-Za-z0-9_-]{43})");

    /** The link of an invitation mail, with its secret. */
    public static final Pattern INVITATION_LINK = Pattern.compile("/invitations/([A-Za-z0-9_-]{43})");

    /** Signs up someone new and confirms their email through the link mailed to them; returns their email. */
    public static String signUpVerified(ServiceClient service, ApplicationContext context, String role) {
        String email = signUp(service, role);
        verifyEmail(service, context, email);
        return email;
    }

    /** Follows the newest verification link mailed to {@code email}, as its owner would. */
    public static void verifyEmail(ServiceClient service, ApplicationContext context, String email) {
        String token = Outbox.secretFrom(context, email, VERIFICATION_LINK);
        HttpResponse<String> verified = service.postJson(
                "/api/v1/email-verifications",
                JSON.writeValueAsString(JSON.createObjectNode().put("token", token)));
        assertThat(verified.statusCode()).as(verified.body()).isEqualTo(204);
    }

    /** The grantee accepts the newest invitation mailed to {@code granteeEmail}; returns the answer. */
    public static HttpResponse<String> acceptInvitation(
            ServiceClient grantee, ApplicationContext context, String granteeEmail) {
        String token = Outbox.secretFrom(context, granteeEmail, INVITATION_LINK);
        return grantee.postJson(
                "/api/v1/me/invitations",
                JSON.writeValueAsString(JSON.createObjectNode().put("token", token)));
    }

    /** The patient invites {@code granteeEmail}, who accepts with their (verified) account. */
    public static void share(
            ServiceClient patient,
            ServiceClient grantee,
            ApplicationContext context,
            String granteeEmail,
            String kind) {
        HttpResponse<String> invited = patient.postJson(
                "/api/v1/me/access",
                JSON.writeValueAsString(
                        JSON.createObjectNode().put("email", granteeEmail).put("kind", kind)));
        assertThat(invited.statusCode()).as(invited.body()).isEqualTo(201);
        HttpResponse<String> accepted = acceptInvitation(grantee, context, granteeEmail);
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(200);
    }

    /** An account of a role nobody can sign up for, made as {@code ./kneadwise admin} does; returns its email. */
    public static String given(ApplicationContext context, Role role) {
        String email = role.name().toLowerCase(java.util.Locale.ROOT) + "-" + UUID.randomUUID() + "@example.org";
        context.getBean(Accounts.class).create(email, PASSWORD, "Given " + role, role);
        return email;
    }

    public static ServiceClient signedIn(ServiceClient service, String email) {
        HttpResponse<String> token = service.postJson("/api/v1/tokens", login(email, PASSWORD));
        assertThat(token.statusCode()).as(token.body()).isEqualTo(201);
        return service.withToken(JSON.readTree(token.body()).get("token").asString());
    }

    public static String account(String email, String password, String name, String role) {
        ObjectNode body = JSON.createObjectNode()
                .put("email", email)
                .put("password", password)
                .put("name", name)
                .put("role", role);
        return JSON.writeValueAsString(body);
    }

    public static String login(String email, String password) {
        return JSON.writeValueAsString(
                JSON.createObjectNode().put("email", email).put("password", password));
    }

    public static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }
}
