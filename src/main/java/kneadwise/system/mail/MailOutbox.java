package kneadwise.system.mail;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import kneadwise.system.Mail;
import kneadwise.system.Mailer;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@link Mailer} for every module: a mail is a row of {@code system_mail_outbox}, written in the caller's transaction,
 * so it is kept exactly when the change that causes it is; {@link MailSender} delivers it.
 */
final class MailOutbox implements Mailer {

    private final JdbcClient jdbc;
    private final Clock clock;

    MailOutbox(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void send(Mail mail) {
        OffsetDateTime now = OffsetDateTime.ofInstant(Instant.now(clock), ZoneOffset.UTC);
        jdbc.sql("""
                INSERT INTO system_mail_outbox (recipient, subject, body, created_at, send_after)
                VALUES (:to, :subject, :body, :now, :now)
                """)
                .param("to", mail.to())
                .param("subject", mail.subject())
                .param("body", mail.text())
                .param("now", now)
                .update();
    }
}
