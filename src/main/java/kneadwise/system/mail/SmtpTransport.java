package kneadwise.system.mail;

import jakarta.mail.internet.MimeMessage;
import kneadwise.system.Mail;
import org.springframework.mail.javamail.JavaMailSender;

/** Mail over the SMTP server of {@code spring.mail.*}. */
final class SmtpTransport implements MailTransport {

    private final JavaMailSender sender;
    private final String from;

    SmtpTransport(JavaMailSender sender, String from) {
        this.sender = sender;
        this.from = from;
    }

    @Override
    public void deliver(Mail mail) {
        MimeMessage message = sender.createMimeMessage();
        Messages.fill(message, mail, from);
        sender.send(message);
    }
}
