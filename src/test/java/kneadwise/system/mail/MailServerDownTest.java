package kneadwise.system.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.Map;
import javax.sql.DataSource;
import kneadwise.accounts.People;
import kneadwise.testing.BrowserSession;
import kneadwise.testing.FullStackTest;
import kneadwise.testing.ServiceClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * With the mail server down, mail waits in the outbox and is delivered once the server is back (issue 17, item 4);
 * before, the request that caused the mail failed, and the mail was lost.
 */
@FullStackTest
class MailServerDownTest {

    static final int SMTP_PORT = freePort();
    static GreenMail smtp;

    @LocalServerPort
    int port;

    @Autowired
    ServiceClient service;

    @Autowired
    DataSource dataSource;

    @DynamicPropertySource
    static void mailSettings(DynamicPropertyRegistry settings) {
        settings.add("spring.mail.host", () -> "127.0.0.1");
        settings.add("spring.mail.port", () -> SMTP_PORT);
        settings.add("spring.mail.properties.mail.smtp.connectiontimeout", () -> "2000");
    }

    @AfterAll
    static void stopSmtp() {
        if (smtp != null) {
            smtp.stop();
        }
    }

    @Test
    void mailWaitsForTheServerAndIsNotLost() throws Exception {
        String email = People.signUp(service, "PATIENT");
        int reset = new BrowserSession(port)
                .submit("/password-reset", "/password-reset", Map.of("email", email))
                .statusCode();
        assertThat(reset)
                .as("the person is answered although the mail server is down")
                .isEqualTo(302);
        JdbcClient jdbc = JdbcClient.create(dataSource);
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (failedAttempts(jdbc) < 2 && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertThat(failedAttempts(jdbc))
                .as("tried and failed while the server is down")
                .isGreaterThanOrEqualTo(2);
        assertThat(jdbc.sql("SELECT count(*) FROM system_mail_outbox WHERE sent_at IS NULL")
                        .query(Integer.class)
                        .single())
                .as("the welcome mail and the reset link wait")
                .isEqualTo(2);

        smtp = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();

        assertThat(smtp.waitForIncomingEmail(15_000, 2)).isTrue();
        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(Arrays.stream(received).map(MailServerDownTest::subject))
                .containsExactlyInAnyOrder("Confirm your email address for Kneadwise", "Set a new Kneadwise password");
        Thread.sleep(1_000);
        assertThat(smtp.getReceivedMessages()).as("each once").hasSize(2);
    }

    private static int failedAttempts(JdbcClient jdbc) {
        return jdbc.sql("SELECT coalesce(min(attempts), 0) FROM system_mail_outbox WHERE sent_at IS NULL")
                .query(Integer.class)
                .single();
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket free = new ServerSocket(0)) {
            return free.getLocalPort();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
