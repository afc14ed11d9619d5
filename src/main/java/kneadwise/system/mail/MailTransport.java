package kneadwise.system.mail;

import kneadwise.system.Mail;

/** How a mail leaves the service: an SMTP server, or the outbox folder on a laptop. */
interface MailTransport {

    /** @throws RuntimeException when the mail could not be handed over (it is tried again later) */
    void deliver(Mail mail);
}
