package kneadwise.system.mail;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import kneadwise.system.Mailer;
import kneadwise.system.database.DataDirectorySettings;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Mail goes into the outbox table ({@link MailOutbox}) and out through {@link MailSender}: to the SMTP server when
 * Spring Boot has made a mail sender ({@code spring.mail.host} set), into the outbox folder otherwise.
 */
@Configuration(proxyBeanMethods = false)
class MailConfiguration {

    @Bean
    Mailer mailer(JdbcClient jdbc, Clock clock) {
        return new MailOutbox(jdbc, clock);
    }

    @Bean
    MailTransport mailTransport(
            ObjectProvider<JavaMailSender> smtp,
            @Value("${kneadwise.mail.from:Kneadwise <no-reply@kneadwise.invalid>}") String from,
            DataDirectorySettings dataDirectory) {
        JavaMailSender sender = smtp.getIfAvailable();
        return sender == null
                ? new FolderTransport(dataDirectory.dataDir().resolve("outbox"), from)
                : new SmtpTransport(sender, from);
    }

    @Bean
    MailSender outboxSender(
            JdbcClient jdbc,
            TransactionTemplate transactions,
            MailTransport transport,
            Clock clock,
            @Value("${kneadwise.mail.retry-base-ms:10000}") long retryBaseMillis,
            MeterRegistry metrics) {
        return new MailSender(jdbc, transactions, transport, clock, Duration.ofMillis(retryBaseMillis), metrics);
    }

    /**
     * Mails waiting in the outbox, on every node alike (it is one table): a number that only grows means the mail
     * server is away or refusing.
     */
    @Bean
    Gauge mailQueued(JdbcClient jdbc, MeterRegistry metrics) {
        return Gauge.builder("kneadwise.mail.queued", jdbc, MailConfiguration::unsent)
                .description("Mails in the outbox not yet delivered (the same on every node)")
                .strongReference(true)
                .register(metrics);
    }

    private static double unsent(JdbcClient jdbc) {
        return jdbc.sql("SELECT count(*) FROM system_mail_outbox WHERE sent_at IS NULL")
                .query(Long.class)
                .single();
    }

    /** The serving application delivers the outbox; the command-line tools only write to it. */
    @Bean
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    MailDelivery mailDelivery(MailSender sender) {
        return new MailDelivery(sender);
    }

    /** Runs the sender every {@code kneadwise.mail.delivery-interval-ms} (1 s unless set). */
    static final class MailDelivery {

        private final MailSender sender;

        MailDelivery(MailSender sender) {
            this.sender = sender;
        }

        @Scheduled(
                initialDelay = 1000,
                fixedDelayString = "${kneadwise.mail.delivery-interval-ms:1000}",
                timeUnit = TimeUnit.MILLISECONDS)
        void deliver() {
            sender.deliverDue();
        }
    }
}
