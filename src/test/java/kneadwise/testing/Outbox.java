package kneadwise.testing;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.springframework.context.ApplicationContext;

/**
 * The mails a full-stack test's service wrote to its outbox folder (no SMTP server set): a test follows a mailed
 * link as the recipient would. Mail is delivered from the outbox table a moment after the change that caused it, so
 * these wait for it (up to {@link #PATIENCE}).
 */
public final class Outbox {

    private Outbox() {}

    static final java.time.Duration PATIENCE = java.time.Duration.ofSeconds(10);

    /** The secret in the newest mail to {@code recipient} whose text matches {@code link} (its first group). */
    public static String secretFrom(ApplicationContext context, String recipient, Pattern link) {
        long until = System.nanoTime() + PATIENCE.toNanos();
        while (true) {
            Optional<String> secret = mailsTo(context, recipient).stream()
                    .map(text -> link.matcher(text))
                    .filter(Matcher::find)
                    .map(found -> found.group(1))
                    .findFirst();
            if (secret.isPresent()) {
                return secret.get();
            }
            if (System.nanoTime() > until) {
                throw new AssertionError("no mail to " + recipient + " with " + link + " within " + PATIENCE);
            }
            pause();
        }
    }

    /** The texts of the mails to {@code recipient}, newest first, once there are at least {@code count}. */
    public static List<String> awaitMailsTo(ApplicationContext context, String recipient, int count) {
        long until = System.nanoTime() + PATIENCE.toNanos();
        List<String> mails = mailsTo(context, recipient);
        while (mails.size() < count && System.nanoTime() < until) {
            pause();
            mails = mailsTo(context, recipient);
        }
        return mails;
    }

    private static void pause() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * The texts of the mails to {@code recipient}, newest first, once every mail queued so far has left the outbox
     * table (so that a mail of a change just made is among them).
     */
    public static List<String> mailsTo(ApplicationContext context, String recipient) {
        awaitDelivery(context);
        Path outbox = Path.of(context.getEnvironment().getRequiredProperty("kneadwise.data-dir"), "outbox");
        if (!Files.isDirectory(outbox)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(outbox)) {
            // the service names its files in the order it writes them
            return files.sorted(Comparator.comparing(
                                    (Path file) -> file.getFileName().toString())
                            .reversed())
                    .map(Outbox::read)
                    .flatMap(mail -> text(mail, recipient).stream())
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void awaitDelivery(ApplicationContext context) {
        org.springframework.jdbc.core.simple.JdbcClient jdbc =
                org.springframework.jdbc.core.simple.JdbcClient.create(context.getBean(javax.sql.DataSource.class));
        long until = System.nanoTime() + PATIENCE.toNanos();
        while (jdbc.sql("SELECT count(*) FROM system_mail_outbox WHERE sent_at IS NULL")
                                .query(Integer.class)
                                .single()
                        > 0
                && System.nanoTime() < until) {
            pause();
        }
    }

    private static MimeMessage read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return new MimeMessage(Session.getInstance(new Properties()), in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (MessagingException e) {
            throw new IllegalStateException("not a mail: " + file, e);
        }
    }

    private static Optional<String> text(MimeMessage mail, String recipient) {
        try {
            Address[] to = mail.getAllRecipients();
            if (to == null || to.length == 0 || !to[0].toString().equalsIgnoreCase(recipient)) {
                return Optional.empty();
            }
            return Optional.of(mail.getSubject() + "\n" + mail.getContent());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
