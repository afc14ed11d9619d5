package kneadwise.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import kneadwise.testing.FullStackTest;
import kneadwise.testing.ServiceClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * Issue 16, item 12: the whole passphrase counts. bcrypt read only its first 72 bytes and refused longer ones (a 500
 * on sign-up); new hashes are Argon2id, and a bcrypt hash from before becomes Argon2id at the next sign-in.
 */
@FullStackTest
class PasswordHashingTest {

    /** 72 bytes, then two different 23-byte endings: 95-byte passphrases equal up to byte 72. */
    static final String FIRST_72 = "correct horse battery staple, correct horse battery staple, and one more";

    static final String ONE = FIRST_72 + " with a quiet red doors";
    static final String OTHER = FIRST_72 + " with a loud blue gates";

    @Autowired
    ServiceClient service;

    @Autowired
    JdbcClient jdbc;

    @Test
    void twoLongPassphrasesThatDifferOnlyAfterByte72AreTwoPasswords() {
        assertThat(FIRST_72.getBytes(StandardCharsets.UTF_8)).hasSize(72);
        assertThat(ONE.getBytes(StandardCharsets.UTF_8)).hasSize(95);
        String email = "long-" + UUID.randomUUID() + "@example.org";

        HttpResponse<String> created =
                service.postJson("/api/v1/accounts", People.account(email, ONE, "Long Passphrase", "PATIENT"));

        assertThat(created.statusCode()).as(created.body()).isEqualTo(202);
        assertThat(service.postJson("/api/v1/tokens", People.login(email, OTHER))
                        .statusCode())
                .isEqualTo(401);
        assertThat(service.postJson("/api/v1/tokens", People.login(email, ONE)).statusCode())
                .isEqualTo(201);
        assertThat(hashOf(email)).startsWith("{" + PasswordHashing.ARGON2 + "}");
    }

    @Test
    void aBcryptHashFromBeforeBecomesArgon2idAtTheNextSignIn() {
        String email = People.signUp(service, "PATIENT");
        jdbc.sql("UPDATE accounts_account SET password_hash = :hash WHERE email_key = lower(:email)")
                .param("hash", "{bcrypt}" + new BCryptPasswordEncoder().encode(People.PASSWORD))
                .param("email", email)
                .update();

        assertThat(service.postJson("/api/v1/tokens", People.login(email, "not the password"))
                        .statusCode())
                .isEqualTo(401);
        assertThat(service.postJson("/api/v1/tokens", People.login(email, ONE)).statusCode())
                .as("a long passphrase against a bcrypt hash is a wrong password, not an error")
                .isEqualTo(401);
        assertThat(hashOf(email)).startsWith("{bcrypt}");
        assertThat(service.postJson("/api/v1/tokens", People.login(email, People.PASSWORD))
                        .statusCode())
                .isEqualTo(201);
        assertThat(hashOf(email)).startsWith("{" + PasswordHashing.ARGON2 + "}");
        assertThat(service.postJson("/api/v1/tokens", People.login(email, People.PASSWORD))
                        .statusCode())
                .isEqualTo(201);
    }

    private String hashOf(String email) {
        return jdbc.sql("SELECT password_hash FROM accounts_account WHERE email_key = lower(:email)")
                .param("email", email)
                .query(String.class)
                .single();
    }
}
