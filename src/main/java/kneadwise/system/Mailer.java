package kneadwise.system;

/**
 * Sends mail: over SMTP when {@code spring.mail.host} is set, otherwise into the outbox folder ({@code
 * <data-dir>/outbox}) with a log line, so that every flow that mails works on a laptop.
 */
public interface Mailer {

    void send(Mail mail);
}
