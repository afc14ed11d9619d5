package kneadwise.accounts;

import java.time.Duration;
import java.util.Map;
import kneadwise.system.Refusal;

/** The ways signing up or in can fail besides invalid fields, each answered with its own status. */
final class AccountRefusals {

    private AccountRefusals() {}

    /** The email already has an account (only for accounts an operator makes: sign-up never says so). */
    static final class EmailAlreadyRegistered extends RuntimeException {
        private static final long serialVersionUID = 1L;

        EmailAlreadyRegistered() {
            super("This email address already has an account.");
        }
    }

    /** 401: the same answer for an unknown email and a wrong password, so that neither reveals an account. */
    static final class WrongCredentials extends Refusal {
        private static final long serialVersionUID = 1L;

        WrongCredentials() {
            super(401, "wrong-credentials", "Not signed in", "The email or the password is wrong.");
        }

        @Override
        public Map<String, String> headers() {
            return Map.of("WWW-Authenticate", "Bearer");
        }
    }

    /** 429: too many failed logins, sign-ups or invitations; try again after {@code retryAfter}. */
    static final class TooManyAttempts extends Refusal {
        private static final long serialVersionUID = 1L;

        private final Duration retryAfter;

        TooManyAttempts(Duration retryAfter) {
            this("failed logins", retryAfter);
        }

        /** @param what what was tried too often, such as "sign-ups with this email address" */
        TooManyAttempts(String what, Duration retryAfter) {
            super(
                    429,
                    "too-many-logins",
                    "Too many attempts",
                    "Too many " + what + ". Try again in " + Math.max(1, retryAfter.toMinutes()) + " minutes.");
            this.retryAfter = retryAfter;
        }

        @Override
        public Map<String, String> headers() {
            return Map.of("Retry-After", String.valueOf(Math.max(1, retryAfter.toSeconds())));
        }

        Duration retryAfter() {
            return retryAfter;
        }
    }

    /** 403: what is shared reaches an account only once its email is verified. */
    static final class EmailNotVerified extends Refusal {
        private static final long serialVersionUID = 1L;

        EmailNotVerified() {
            super(
                    403,
                    "email-not-verified",
                    "Email not verified",
                    "Confirm your email address first: open the link we mailed you, or ask for a new one"
                            + " (POST /api/v1/me/email-verification).");
        }
    }
}
