package kneadwise.accounts;

import java.time.Duration;

/** The ways signing up or in can fail besides invalid fields, each answered with its own status. */
final class AccountProblems {

    private AccountProblems() {}

    /** The email already has an account (only for accounts an operator makes: sign-up never says so). */
    static final class EmailAlreadyRegistered extends RuntimeException {
        private static final long serialVersionUID = 1L;

        EmailAlreadyRegistered() {
            super("This email address already has an account.");
        }
    }

    /** 401: the same answer for an unknown email and a wrong password, so that neither reveals an account. */
    static final class WrongCredentials extends RuntimeException {
        private static final long serialVersionUID = 1L;

        WrongCredentials() {
            super("The email or the password is wrong.");
        }
    }

    /** 429: too many failed logins, sign-ups or invitations; try again after {@code retryAfter}. */
    static final class TooManyAttempts extends RuntimeException {
        private static final long serialVersionUID = 1L;

        private final Duration retryAfter;

        TooManyAttempts(Duration retryAfter) {
            this("failed logins", retryAfter);
        }

        /** @param what what was tried too often, such as "sign-ups with this email address" */
        TooManyAttempts(String what, Duration retryAfter) {
            super("Too many " + what + ". Try again in " + Math.max(1, retryAfter.toMinutes()) + " minutes.");
            this.retryAfter = retryAfter;
        }

        Duration retryAfter() {
            return retryAfter;
        }
    }

    /** 403: what is shared reaches an account only once its email is verified. */
    static final class EmailNotVerified extends RuntimeException {
        private static final long serialVersionUID = 1L;

        EmailNotVerified() {
            super("Confirm your email address first: open the link we mailed you, or ask for a new one"
                    + " (POST /api/v1/me/email-verification).");
        }
    }
}
