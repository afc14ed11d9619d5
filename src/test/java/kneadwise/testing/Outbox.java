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
import java.nio.file.attribute.FileTime;
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
 * link as the recipient would.
 */
public final class Outbox {

    private Outbox() {}

    /** The secret in the newest mail to {@code recipient} whose text matches {@code link} (its first group). */
    public static String secretFrom(ApplicationContext context, String recipient, Pattern link) {
        return mailsTo(context, recipient).stream()
                .map(text -> link.matcher(text))
                .filter(Matcher::find)
                .map(found -> found.group(1))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no mail to " + recipient + " with " + link));
    }

    /** The texts of the mails to {@code recipient}, newest first. */
    public static List<String> mailsTo(ApplicationContext context, String recipient) {
        Path outbox = Path.of(context.getEnvironment().getRequiredProperty("kneadwise.data-dir"), "outbox");
        if (!Files.isDirectory(outbox)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(outbox)) {
            return files.sorted(Comparator.comparing(Outbox::modified).reversed())
                    .map(Outbox::read)
                    .flatMap(mail -> text(mail, recipient).stream())
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static FileTime modified(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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
