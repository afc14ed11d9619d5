package kneadwise.accounts;

import java.util.Locale;
import java.util.Optional;

/**
 * Password rules of NIST SP 800-63B (section 5.1.1.2): at least 8 characters, up to 128 (the guideline asks to allow
 * at least 64), any characters including spaces, no rules about character kinds, and not a common password or the
 * email address itself.
 */
final class PasswordPolicy {

    static final int MINIMUM_LENGTH = 8;
    static final int MAXIMUM_LENGTH = 128;

    private PasswordPolicy() {}

    /** What is wrong with {@code password} for the account {@code email}, in plain words; empty when it is fine. */
    static Optional<String> problemWith(String password, String email) {
        int length = password.codePointCount(0, password.length());
        if (length < MINIMUM_LENGTH) {
            return Optional.of("must be at least " + MINIMUM_LENGTH + " characters long");
        }
        if (length > MAXIMUM_LENGTH) {
            return Optional.of("must be at most " + MAXIMUM_LENGTH + " characters long");
        }
        if (CommonPasswords.contains(password)) {
            return Optional.of("is one of the most common passwords; choose one that is harder to guess");
        }
        if (password.toLowerCase(Locale.ROOT).equals(AccountRepository.emailKey(email))) {
            return Optional.of("must not be your email address");
        }
        return Optional.empty();
    }
}
