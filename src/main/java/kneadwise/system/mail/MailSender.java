package kneadwise.system.mail;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import kneadwise.system.AfterCommit;
import kneadwise.system.Mail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers the mail outbox: every {@code kneadwise.mail.delivery-interval} it takes the due rows, a batch at a time,
 * locked so that no other node takes them (FOR UPDATE SKIP LOCKED), hands each to the transport and marks it sent in
 * the same transaction. A mail the transport refuses waits {@code retry-base} doubled at each failure (at most an
 * hour) and is tried again: a mail server that is away delays mail, never drops it. A node that dies after the mail
 * server took a mail but before the commit sends that one mail again when the row comes round (at least once; two
 * nodes never send a row at the same time).
 */
final class MailSender {

    private static final Logger log = LoggerFactory.getLogger(MailSender.class);

    static final int BATCH = 20;
    static final Duration LONGEST_WAIT = Duration.ofHours(1);

    private record Row(long id, Mail mail, int attempts) {}

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final MailTransport transport;
    private final Clock clock;
    private final Duration retryBase;
    private final Counter sent;
    private final Counter failed;

    MailSender(
            JdbcClient jdbc,
            TransactionTemplate transactions,
            MailTransport transport,
            Clock clock,
            Duration retryBase,
            MeterRegistry metrics) {
        this.sent = Counter.builder("kneadwise.mail.sent")
                .description("Mails the mail server took")
                .register(metrics);
        this.failed = Counter.builder("kneadwise.mail.failed")
                .description("Attempts to deliver a mail that the mail server refused (each is tried again later)")
                .register(metrics);
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.transport = transport;
        this.clock = clock;
        this.retryBase = retryBase;
    }

    /** Delivers every mail that is due now; returns how many were delivered. */
    int deliverDue() {
        int delivered = 0;
        int batch;
        do {
            Integer done = transactions.execute(status -> deliverBatch());
            batch = done == null ? 0 : done;
            delivered += Math.max(0, batch);
        } while (batch == BATCH);
        return delivered;
    }

    /** @return the number of rows taken in this batch (delivered or put off) */
    private int deliverBatch() {
        Instant now = Instant.now(clock);
        List<Row> due = jdbc.sql("""
                SELECT id, recipient, subject, body, attempts
                FROM system_mail_outbox
                WHERE sent_at IS NULL
                  AND send_after <= :now
                ORDER BY send_after, id
                LIMIT :batch
                FOR UPDATE SKIP LOCKED
                """)
                .param("now", utc(now))
                .param("batch", BATCH)
                .query((row, n) -> new Row(
                        row.getLong("id"),
                        new Mail(row.getString("recipient"), row.getString("subject"), row.getString("body")),
                        row.getInt("attempts")))
                .list();
        for (Row row : due) {
            try {
                transport.deliver(row.mail());
                jdbc.sql("UPDATE system_mail_outbox SET sent_at = :now, attempts = attempts + 1 WHERE id = :id")
                        .param("now", utc(Instant.now(clock)))
                        .param("id", row.id())
                        .update();
                AfterCommit.run(sent::increment);
            } catch (RuntimeException refused) {
                Duration wait = waitAfter(row.attempts() + 1);
                // The mail's id only: its address and text are personal data, and logs are not the place for them.
                log.warn(
                        "Mail {} not delivered (attempt {}), trying again in {} s: {} (its outbox row's last_error has"
                                + " the server's answer)",
                        row.id(),
                        row.attempts() + 1,
                        wait.toSeconds(),
                        refused.getClass().getName());
                jdbc.sql("""
                        UPDATE system_mail_outbox
                        SET attempts = attempts + 1, send_after = :later, last_error = :error
                        WHERE id = :id
                        """)
                        .param("later", utc(Instant.now(clock).plus(wait)))
                        .param("error", String.valueOf(refused))
                        .param("id", row.id())
                        .update();
                AfterCommit.run(failed::increment);
            }
        }
        return due.size();
    }

    /** The pause after the given number of failed attempts: the base, doubled each time, at most an hour. */
    Duration waitAfter(int failures) {
        Duration wait = retryBase;
        for (int i = 1; i < failures && wait.compareTo(LONGEST_WAIT) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait;
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
