package kneadwise.accounts;

import static kneadwise.testing.PageChecks.assertRedirectsTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import javax.sql.DataSource;
import kneadwise.testing.BrowserSession;
import kneadwise.testing.FullStackTest;
import kneadwise.testing.Outbox;
import kneadwise.testing.ServiceClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The web pages of accounts: forms with CSRF tokens, sessions in PostgreSQL, escaping, logging out everywhere. */
@FullStackTest
class AccountPagesTest {

    @LocalServerPort
    int port;

    @Autowired
    ServiceClient service;

    @Autowired
    DataSource dataSource;

    @Autowired
    org.springframework.context.ApplicationContext application;

    @Test
    void signsUpLogsInAndShowsTheAccount() {
        BrowserSession browser = new BrowserSession(port);
        String email = "page-" + System.nanoTime() + "@example.org";

        HttpResponse<String> signedUp = browser.submit(
                "/signup",
                "/signup",
                Map.of("email", email, "name", "Robin Page", "role", "PATIENT", "password", People.PASSWORD));
        assertThat(signedUp.statusCode()).isEqualTo(302);
        assertThat(signedUp.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/login?registered"));

        HttpResponse<String> loggedIn = browser.logIn(email, People.PASSWORD);
        assertThat(loggedIn.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/account"));
        HttpResponse<String> account = browser.get("/account");
        assertThat(account.statusCode()).isEqualTo(200);
        assertThat(account.body()).contains("Robin Page", email);
    }

    @Test
    void aFormWithoutItsCsrfTokenIsRefused() {
        BrowserSession browser = new BrowserSession(port);

        HttpResponse<String> forged = browser.post(
                "/signup",
                Map.of("email", "forged@example.org", "name", "F", "role", "PATIENT", "password", People.PASSWORD));

        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(service.postJson("/api/v1/tokens", People.login("forged@example.org", People.PASSWORD))
                        .statusCode())
                .as("no account was made")
                .isEqualTo(401);
    }

    @Test
    void namesEveryInvalidFieldAndEscapesWhatWasTyped() {
        BrowserSession browser = new BrowserSession(port);

        HttpResponse<String> page = browser.submit(
                "/signup",
                "/signup",
                Map.of(
                        "email",
                        "x\"><script>alert(1)</script>",
                        "name",
                        "",
                        "role",
                        "SYSTEM_ADMIN",
                        "password",
                        "short"));

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("Email must be an email address", "Name ", "Role must be PATIENT or THERAPIST")
                .contains("Password must be at least 8 characters")
                .doesNotContain("<script>alert(1)</script>")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;");
    }

    @Test
    void aNameWithMarkupIsShownAsText() {
        BrowserSession browser = new BrowserSession(port);
        String name = "<img src=x onerror=alert(1)>";
        String other = "markup-" + System.nanoTime() + "@example.org";
        service.postJson("/api/v1/accounts", People.account(other, People.PASSWORD, name, "PATIENT"));

        browser.logIn(other, People.PASSWORD);

        assertThat(browser.get("/account").body())
                .doesNotContain("<img src=x")
                .contains("&lt;img src=x onerror=alert(1)&gt;");
    }

    @Test
    void theSameAnswerForAnUnknownEmailAndAWrongPassword() {
        String email = People.signUp(service, "PATIENT");

        HttpResponse<String> wrong = new BrowserSession(port).logIn(email, "not the password");
        HttpResponse<String> unknown = new BrowserSession(port).logIn("nobody-" + email, "not the password");

        assertThat(wrong.headers().firstValue("Location"))
                .isEqualTo(unknown.headers().firstValue("Location"));
        assertThat(wrong.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/login?error"));
    }

    @Test
    void theAccountPagesNeedALogin() {
        HttpResponse<String> anonymous = new BrowserSession(port).get("/account/audit");

        assertThat(anonymous.statusCode()).isEqualTo(302);
        assertThat(anonymous.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteAndTheSessionLivesInPostgres() {
        String email = People.signUp(service, "PATIENT");
        BrowserSession browser = new BrowserSession(port);

        HttpResponse<String> loggedIn = browser.logIn(email, People.PASSWORD);

        assertThat(loggedIn.headers().allValues("Set-Cookie"))
                .anySatisfy(cookie -> assertThat(cookie).startsWith("SESSION=").contains("HttpOnly", "SameSite=Lax"));
        assertThat(JdbcClient.create(dataSource)
                        .sql("SELECT count(*) FROM accounts_web_session WHERE principal_name IS NOT NULL")
                        .query(Integer.class)
                        .single())
                .isPositive();
        assertThat(JdbcClient.create(dataSource)
                        .sql("SELECT DISTINCT max_inactive_interval FROM accounts_web_session")
                        .query(Integer.class)
                        .list())
                .as("idle sessions end after 30 minutes")
                .containsExactly(30 * 60);
    }

    @Test
    void showsWhoLookedAtTheRecord() {
        String email = People.signUp(service, "PATIENT");
        BrowserSession browser = new BrowserSession(port);
        browser.logIn(email, People.PASSWORD);

        HttpResponse<String> page = browser.get("/account/audit");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Who looked at my record", "SIGN_IN", "SIGN_UP");
    }

    @Test
    void logOutEverywhereEndsEverySessionAndToken() {
        String email = People.signUp(service, "PATIENT");
        BrowserSession laptop = new BrowserSession(port);
        BrowserSession phone = new BrowserSession(port);
        laptop.logIn(email, People.PASSWORD);
        phone.logIn(email, People.PASSWORD);
        ServiceClient app = People.signedIn(service, email);
        assertThat(phone.get("/account").statusCode()).isEqualTo(200);
        assertThat(app.get("/api/v1/me").statusCode())
                .as("the token works (and is remembered)")
                .isEqualTo(200);

        HttpResponse<String> out = laptop.submit("/account", "/account/logout-everywhere", Map.of());

        assertThat(out.statusCode()).isEqualTo(302);
        assertRedirectsTo(phone.get("/account"), "/login"); // the other session ended
        assertRedirectsTo(laptop.get("/account"), "/login"); // this session ended
        assertThat(app.get("/api/v1/me").statusCode()).as("API tokens ended").isEqualTo(401);
    }

    @Test
    void deletingTheAccountEndsItsWebSessionsAndTokens() {
        String email = People.signUp(service, "PATIENT");
        BrowserSession browser = new BrowserSession(port);
        browser.logIn(email, People.PASSWORD);
        assertThat(browser.get("/account").statusCode()).isEqualTo(200);

        ServiceClient app = People.signedIn(service, email);
        assertThat(app.delete("/api/v1/me").statusCode()).isEqualTo(204);

        assertRedirectsTo(browser.get("/account"), "/login");
        assertThat(app.get("/api/v1/me").statusCode())
                .as("the token, used a moment ago, ended with the account")
                .isEqualTo(401);
    }

    @Test
    void thereIsNoOtherWayInThanAnAccount(@Autowired org.springframework.context.ApplicationContext context) {
        // Spring Boot makes an in-memory "user" with a logged password unless the application provides its own.
        assertThat(context.getBeansOfType(org.springframework.security.core.userdetails.UserDetailsService.class))
                .isEmpty();
        assertThat(context.getBeansOfType(org.springframework.security.authentication.AuthenticationProvider.class))
                .containsOnlyKeys("passwordLogin");
    }

    @Test
    void anInvitationIsAcceptedOnItsPageAfterLoggingInWithAConfirmedEmail() {
        String patientEmail = "inviter-" + java.util.UUID.randomUUID() + "@example.org";
        service.postJson(
                "/api/v1/accounts", People.account(patientEmail, People.PASSWORD, "Pat <b>Doe</b>", "PATIENT"));
        ServiceClient patient = People.signedIn(service, patientEmail);
        String patientId = People.json(patient.get("/api/v1/me")).get("id").asString();
        String clinicianEmail = People.signUp(service, "THERAPIST");
        patient.postJson(
                "/api/v1/me/access",
                People.JSON.writeValueAsString(People.JSON
                        .createObjectNode()
                        .put("email", clinicianEmail)
                        .put("kind", "CLINICIAN")));
        String path = "/invitations/" + Outbox.secretFrom(application, clinicianEmail, People.INVITATION_LINK);
        BrowserSession browser = new BrowserSession(port);

        assertThat(browser.get(path).headers().firstValue("Location")).hasValue("/login");
        browser.logIn(clinicianEmail, People.PASSWORD);
        assertThat(browser.get(path).body())
                .as("not confirmed yet")
                .contains("Confirm your email address first")
                .doesNotContain(">Accept<");

        People.verifyEmail(service, application, clinicianEmail);
        HttpResponse<String> page = browser.get(path);
        assertThat(page.body()).contains("Pat &lt;b&gt;Doe&lt;/b&gt;", ">Accept<");
        assertThat(browser.submit(path, path, Map.of()).body()).contains("You accepted");
        assertThat(People.signedIn(service, clinicianEmail)
                        .get("/api/v1/patients/" + patientId + "/assessments")
                        .statusCode())
                .isEqualTo(200);
        assertThat(browser.get(path).body()).as("the link works once").contains("has expired, was used already");
    }
}
