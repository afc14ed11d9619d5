package kneadwise.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** NIST SP 800-63B's rules for memorised secrets. */
class PasswordPolicyTest {

    @Test
    void lengthIsCountedInCharactersFromEightTo128() {
        assertThat(PasswordPolicy.problemWith("a".repeat(7) + "z", "x@example.org"))
                .isEmpty();
        assertThat(PasswordPolicy.problemWith("Qz7#kLp", "x@example.org"))
                .hasValueSatisfying(p -> assertThat(p).contains("at least 8"));
        assertThat(PasswordPolicy.problemWith("ü".repeat(128), "x@example.org")).isEmpty();
        assertThat(PasswordPolicy.problemWith("ü".repeat(129), "x@example.org")).isPresent();
        // Seven emoji are 14 chars in Java but 7 characters to a person: too short.
        assertThat(PasswordPolicy.problemWith("🙂".repeat(7), "x@example.org")).isPresent();
    }

    @Test
    void anyCharactersIncludingSpacesAndNoCompositionRules() {
        assertThat(PasswordPolicy.problemWith("walking by the river at dusk", "x@example.org"))
                .isEmpty();
        assertThat(PasswordPolicy.problemWith("zqxjkvbw", "x@example.org")).isEmpty();
    }

    @Test
    void refusesCommonPasswordsInAnyLetterCase() {
        assertThat(CommonPasswords.size()).isGreaterThan(30_000);
        assertThat(PasswordPolicy.problemWith("password", "x@example.org")).isPresent();
        assertThat(PasswordPolicy.problemWith("PassWord", "x@example.org")).isPresent();
        assertThat(PasswordPolicy.problemWith("12345678", "x@example.org")).isPresent();
        assertThat(PasswordPolicy.problemWith("qwertyuiop", "x@example.org")).isPresent();
    }

    @Test
    void refusesTheEmailAddressItself() {
        assertThat(PasswordPolicy.problemWith("Me@Example.org", "me@example.org"))
                .isPresent();
    }
}
