/** The two ways mail leaves: an SMTP server, or the outbox folder when none is configured. */
@NullMarked
package kneadwise.system.mail;

import org.jspecify.annotations.NullMarked;
