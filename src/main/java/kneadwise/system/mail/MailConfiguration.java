package kneadwise.system.mail;

import kneadwise.system.Mailer;
import kneadwise.system.database.DataDirectorySettings;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;

/** SMTP when Spring Boot has made a mail sender ({@code spring.mail.host} set); the outbox folder otherwise. */
@Configuration(proxyBeanMethods = false)
class MailConfiguration {

    @Bean
    Mailer mailer(
            ObjectProvider<JavaMailSender> smtp,
            @Value("${kneadwise.mail.from:Kneadwise <no-reply@kneadwise.invalid>}") String from,
            DataDirectorySettings dataDirectory) {
        JavaMailSender sender = smtp.getIfAvailable();
        return sender == null
                ? new OutboxMailer(dataDirectory.dataDir().resolve("outbox"), from)
                : new SmtpMailer(sender, from);
    }
}
