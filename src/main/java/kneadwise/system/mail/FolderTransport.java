package kneadwise.system.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Properties;
import java.util.UUID;
import kneadwise.system.Mail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * With no SMTP server configured, each mail becomes an {@code .eml} file in the outbox folder (any mail program opens
 * it) and a log line says where, so that sign-up, reset and invitation links work on a laptop.
 */
final class FolderTransport implements MailTransport {

    private static final Logger log = LoggerFactory.getLogger(FolderTransport.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");

    /** Files sort by name in the order they were written, within a second too. */
    private final java.util.concurrent.atomic.AtomicLong written = new java.util.concurrent.atomic.AtomicLong();

    private final Path outbox;
    private final String from;
    private final Session session = Session.getInstance(new Properties());

    FolderTransport(Path outbox, String from) {
        this.outbox = outbox;
        this.from = from;
    }

    @Override
    public void deliver(Mail mail) {
        MimeMessage message = new MimeMessage(session);
        Messages.fill(message, mail, from);
        Path file = outbox.resolve(STAMP.format(LocalDateTime.now(java.time.ZoneOffset.UTC)) + "-"
                + String.format(java.util.Locale.ROOT, "%06d", written.incrementAndGet()) + "-" + UUID.randomUUID()
                + ".eml");
        try {
            Files.createDirectories(outbox);
            try (OutputStream out = Files.newOutputStream(file, StandardOpenOption.CREATE_NEW)) {
                message.writeTo(out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the mail to " + file, e);
        } catch (MessagingException e) {
            throw new IllegalStateException("Cannot write the mail to " + file, e);
        }
        // The file only: a mail's address, subject and text are personal data, and logs are not the place for them.
        log.info("No SMTP server is set (spring.mail.host): a mail was written to {}", file);
    }
}
