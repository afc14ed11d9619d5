package kneadwise.accounts;

import java.time.Duration;

/** The ways signing up or in can fail besides invalid fields, each answered with its own status. */
final class AccountProblems {

    private AccountProblems() {}

    /** 409: the email already has an account. */
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

    /** 429: too many failed logins; try again after {@code retryAfter}. */
    static final class TooManyAttempts extends RuntimeException {
        private static final long serialVersionUID = 1L;

        private final Duration retryAfter;

        TooManyAttempts(Duration retryAfter) {
            super("Too many failed logins. Try again in " + Math.max(1, retryAfter.toMinutes()) + " minutes.");
            this.retryAfter = retryAfter;
        }

        Duration retryAfter() {
            return retryAfter;
        }
    }
}
