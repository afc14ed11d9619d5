package kneadwise.accounts;

import static kneadwise.accounts.People.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kneadwise.testing.BrowserSession;
import kneadwise.testing.FullStackTest;
import kneadwise.testing.ServiceClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The flows that send mail, through a real SMTP server in this JVM: password reset and access invitations. */
@FullStackTest
class MailFlowsTest {

    static final GreenMail SMTP = startSmtp();
    static final Pattern RESET_LINK = Pattern.compile("/password-reset/([A-Za-z0-9_-]{43})");

    @LocalServerPort
    int port;

    @Autowired
    ServiceClient service;

    static GreenMail startSmtp() {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        GreenMail smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        return smtp;
    }

    @DynamicPropertySource
    static void mailSettings(DynamicPropertyRegistry settings) {
        settings.add("spring.mail.host", () -> "127.0.0.1");
        settings.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
        settings.add("kneadwise.base-url", () -> "https://kneadwise.example");
    }

    @AfterAll
    static void stopSmtp() {
        SMTP.stop();
    }

    @BeforeEach
    void emptyTheMailbox() throws Exception {
        SMTP.purgeEmailFromAllMailboxes();
    }

    @Test
    void aResetLinkSetsANewPasswordOnceAndEndsOtherSessions() throws Exception {
        String email = signUpAndEmptyTheMailbox();
        ServiceClient oldToken = People.signedIn(service, email);
        BrowserSession browser = new BrowserSession(port);

        HttpResponse<String> asked = browser.submit("/password-reset", "/password-reset", Map.of("email", email));

        assertThat(asked.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/password-reset?sent"));
        assertThat(SMTP.waitForIncomingEmail(5000, 1)).isTrue();
        MimeMessage mail = SMTP.getReceivedMessages()[0];
        assertThat(mail.getAllRecipients()[0].toString()).isEqualTo(email);
        String body = GreenMailUtil.getBody(mail);
        assertThat(body).contains("https://kneadwise.example/password-reset/");
        Matcher link = RESET_LINK.matcher(body);
        assertThat(link.find()).isTrue();
        String path = "/password-reset/" + link.group(1);

        HttpResponse<String> weak = browser.submit(path, path, Map.of("password", "short"));
        assertThat(weak.body()).contains("Password must be at least 8 characters");

        HttpResponse<String> done = browser.submit(path, path, Map.of("password", "a brand new passphrase"));
        assertThat(done.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/login?reset"));
        assertThat(service.postJson("/api/v1/tokens", People.login(email, People.PASSWORD))
                        .statusCode())
                .as("the old password")
                .isEqualTo(401);
        assertThat(service.postJson("/api/v1/tokens", People.login(email, "a brand new passphrase"))
                        .statusCode())
                .isEqualTo(201);
        assertThat(oldToken.get("/api/v1/me").statusCode())
                .as("tokens from before the reset")
                .isEqualTo(401);
        assertThat(browser.get(path).body()).as("the link works once").contains("expired or was used already");
    }

    @Test
    void usingOneResetLinkVoidsTheOthers() throws Exception {
        String email = signUpAndEmptyTheMailbox();
        BrowserSession browser = new BrowserSession(port);
        browser.submit("/password-reset", "/password-reset", Map.of("email", email));
        browser.submit("/password-reset", "/password-reset", Map.of("email", email));
        assertThat(SMTP.waitForIncomingEmail(5000, 2)).isTrue();
        List<String> links = new ArrayList<>();
        for (MimeMessage mail : SMTP.getReceivedMessages()) {
            Matcher link = RESET_LINK.matcher(GreenMailUtil.getBody(mail));
            assertThat(link.find()).isTrue();
            links.add("/password-reset/" + link.group(1));
        }
        assertThat(links).hasSize(2).doesNotHaveDuplicates();

        HttpResponse<String> done =
                browser.submit(links.get(0), links.get(0), Map.of("password", "a brand new passphrase"));
        assertThat(done.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/login?reset"));

        assertThat(browser.get(links.get(1)).body()).as("the other link").contains("expired or was used already");
        HttpResponse<String> second =
                browser.submit("/password-reset", links.get(1), Map.of("password", "yet another passphrase"));
        assertThat(second.headers().firstValue("Location")).isEmpty();
        assertThat(service.postJson("/api/v1/tokens", People.login(email, "a brand new passphrase"))
                        .statusCode())
                .isEqualTo(201);
    }

    @Test
    void askingForAnUnknownEmailLooksTheSameAndSendsNothing() throws Exception {
        BrowserSession browser = new BrowserSession(port);

        HttpResponse<String> asked =
                browser.submit("/password-reset", "/password-reset", Map.of("email", "nobody@example.org"));

        assertThat(asked.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/password-reset?sent"));
        assertThat(SMTP.waitForIncomingEmail(1000, 1)).isFalse();
    }

    @Test
    void aMadeUpLinkDoesNothing() {
        BrowserSession browser = new BrowserSession(port);
        String path = "/password-reset/" + "A".repeat(43);

        assertThat(browser.get(path).body()).contains("expired or was used already");
    }

    @Test
    void anInvitedClinicianGetsAMailWhoseSubjectHoldsNoUserText() throws Exception {
        String phishing = "Your bank account is locked, call 555-0100 now";
        String patientEmail = "inviter-" + System.nanoTime() + "@example.org";
        service.postJson("/api/v1/accounts", People.account(patientEmail, People.PASSWORD, phishing, "PATIENT"));
        ServiceClient patient = People.signedIn(service, patientEmail);
        assertThat(SMTP.waitForIncomingEmail(5000, 1)).isTrue();
        SMTP.purgeEmailFromAllMailboxes();
        String clinician = "dr-" + System.nanoTime() + "@example.org";

        HttpResponse<String> granted = patient.postJson("/api/v1/me/access", invite(clinician));

        assertThat(granted.statusCode()).isEqualTo(201);
        assertThat(json(granted).get("email").asString()).isEqualTo(clinician);
        assertThat(SMTP.waitForIncomingEmail(5000, 1)).isTrue();
        MimeMessage mail = SMTP.getReceivedMessages()[0];
        assertThat(mail.getAllRecipients()[0].toString()).isEqualTo(clinician);
        assertThat(mail.getSubject()).isEqualTo(InvitationMails.SUBJECT);
        String body = GreenMailUtil.getBody(mail);
        assertThat(body).contains("https://kneadwise.example/invitations/");
        assertThat(body.replaceAll("=\\r?\\n", "")).as("the name only quoted").contains("\"" + phishing + "\"");
    }

    @Test
    void invitationsAreLimitedPerPatientAndDay() throws Exception {
        ServiceClient patient = People.signedIn(service, signUpAndEmptyTheMailbox());
        for (int sent = 0; sent < MyAccessApi.INVITATIONS_PER_DAY; sent++) {
            assertThat(patient.postJson(
                                    "/api/v1/me/access",
                                    invite("dr-" + sent + "-" + System.nanoTime() + "@example.org"))
                            .statusCode())
                    .isEqualTo(201);
        }

        HttpResponse<String> refused =
                patient.postJson("/api/v1/me/access", invite("one-too-many-" + System.nanoTime() + "@example.org"));

        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(json(refused).get("detail").asString()).contains("invitations");
        assertThat(json(patient.get("/api/v1/me/access")))
                .as("the refused invitation stored nothing")
                .hasSize(MyAccessApi.INVITATIONS_PER_DAY);
        assertThat(SMTP.waitForIncomingEmail(5000, MyAccessApi.INVITATIONS_PER_DAY))
                .isTrue();
        assertThat(SMTP.waitForIncomingEmail(1000, MyAccessApi.INVITATIONS_PER_DAY + 1))
                .isFalse();
    }

    @Test
    void aNewAccountConfirmsItsEmailThroughTheMailedLinkOnce() throws Exception {
        String email = "new-" + System.nanoTime() + "@example.org";
        service.postJson("/api/v1/accounts", People.account(email, People.PASSWORD, "New Person", "PATIENT"));
        assertThat(SMTP.waitForIncomingEmail(5000, 1)).isTrue();
        MimeMessage mail = SMTP.getReceivedMessages()[0];
        assertThat(mail.getAllRecipients()[0].toString()).isEqualTo(email);
        Matcher link =
                People.VERIFICATION_LINK.matcher(GreenMailUtil.getBody(mail).replaceAll("=\\r?\\n", ""));
        assertThat(link.find()).isTrue();
        String path = "/verify-email/" + link.group(1);
        BrowserSession browser = new BrowserSession(port);
        ServiceClient owner = People.signedIn(service, email);

        assertThat(browser.get(path).body()).contains("Confirm my email address");
        assertThat(json(owner.get("/api/v1/me")).get("emailVerified").asBoolean())
                .as("opening the page changes nothing")
                .isFalse();
        assertThat(browser.submit(path, path, Map.of()).body()).contains("your email address is confirmed");
        assertThat(json(owner.get("/api/v1/me")).get("emailVerified").asBoolean())
                .isTrue();
        assertThat(browser.get(path).body()).contains("expired or was used already");
    }

    @Test
    void signingUpAgainWithAnAddressMailsItsOwnerAndChangesNothing() throws Exception {
        String email = signUpAndEmptyTheMailbox();

        HttpResponse<String> again = service.postJson(
                "/api/v1/accounts", People.account(email, "a different passphrase", "Someone Else", "PATIENT"));

        assertThat(again.statusCode()).isEqualTo(202);
        assertThat(SMTP.waitForIncomingEmail(5000, 1)).isTrue();
        MimeMessage mail = SMTP.getReceivedMessages()[0];
        assertThat(mail.getSubject()).isEqualTo("You already have a Kneadwise account");
        assertThat(GreenMailUtil.getBody(mail)).contains("https://kneadwise.example/password-reset");
    }

    private String signUpAndEmptyTheMailbox() throws Exception {
        String email = People.signUp(service, "PATIENT");
        assertThat(SMTP.waitForIncomingEmail(5000, 1)).as("the welcome mail").isTrue();
        SMTP.purgeEmailFromAllMailboxes();
        return email;
    }

    private static String invite(String email) {
        return People.JSON.writeValueAsString(
                People.JSON.createObjectNode().put("email", email).put("kind", "CLINICIAN"));
    }

    @Test
    void theFormCannotFloodAMailbox() throws Exception {
        String email = signUpAndEmptyTheMailbox();
        BrowserSession browser = new BrowserSession(port);

        for (int ask = 0; ask < PasswordResets.MAXIMUM_LINKS + 2; ask++) {
            browser.submit("/password-reset", "/password-reset", Map.of("email", email));
        }

        assertThat(SMTP.waitForIncomingEmail(5000, PasswordResets.MAXIMUM_LINKS))
                .isTrue();
        assertThat(SMTP.waitForIncomingEmail(1000, PasswordResets.MAXIMUM_LINKS + 1))
                .isFalse();
    }
}
