/**
 * Mail: every mail is first a row of the outbox table, written with the change that causes it ({@code MailOutbox});
 * {@code MailSender} delivers the rows through an SMTP server, or into the outbox folder when none is configured,
 * retrying while the server refuses.
 */
@NullMarked
package kneadwise.system.mail;

import org.jspecify.annotations.NullMarked;
