package kneadwise.system.mail;

import java.nio.file.Path;
import kneadwise.system.Mailer;
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
            @Value("${kneadwise.data-dir:data}") Path dataDirectory) {
        JavaMailSender sender = smtp.getIfAvailable();
        return sender == null ? new OutboxMailer(dataDirectory.resolve("outbox"), from) : new SmtpMailer(sender, from);
    }
}
