package kneadwise.system.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import kneadwise.system.Mail;
import org.springframework.mail.javamail.MimeMessageHelper;

/** Builds the MIME message of a {@link Mail}, the same for SMTP and the outbox. */
final class Messages {

    private Messages() {}

    static void fill(MimeMessage message, Mail mail, String from) {
        try {
            MimeMessageHelper helper = new MimeMessageHelper(message, StandardCharsets.UTF_8.name());
            helper.setFrom(from);
            helper.setTo(mail.to());
            helper.setSubject(mail.subject());
            helper.setText(mail.text());
        } catch (MessagingException e) {
            throw new IllegalArgumentException("Cannot build the mail to " + mail.to(), e);
        }
    }
}
