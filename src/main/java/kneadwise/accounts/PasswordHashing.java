package kneadwise.accounts;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * How passwords are hashed, for the web, the API and the admin command alike. New hashes are Argon2id (Spring
 * OWASP's password storage cheat sheet's first setting: 19 MiB of memory, 2 passes, one lane), which reads the whole
 * passphrase; bcrypt reads only the first 72 bytes and refuses longer ones. Hashes name their kind ("{argon2}",
 * "{bcrypt}") and an Argon2 hash its parameters, so those made before still match, and {@link Accounts#signIn}
 * rehashes them (bcrypt, or Argon2 with weaker parameters) at the next sign-in.
 */
@Configuration(proxyBeanMethods = false)
class PasswordHashing {

    static final String ARGON2 = "argon2";

    /** Argon2id: salt 16 bytes, hash 32 bytes, 1 lane, 19 MiB (in KiB), 2 passes. */
    static final int SALT_BYTES = 16;

    static final int HASH_BYTES = 32;
    static final int LANES = 1;
    static final int MEMORY_KIB = 19 * 1024;
    static final int PASSES = 2;

    @Bean
    PasswordEncoder passwordEncoder() {
        return new DelegatingPasswordEncoder(
                ARGON2,
                Map.of(ARGON2, Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8(), "bcrypt", new OldBcrypt()));
    }

    /** bcrypt for hashes made before Argon2id: a passphrase over its 72 bytes cannot be one of them. */
    static final class OldBcrypt implements PasswordEncoder {

        static final int BCRYPT_BYTES = 72;

        private final BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder();

        @Override
        public @Nullable String encode(@Nullable CharSequence password) {
            return bcrypt.encode(password);
        }

        @Override
        public boolean matches(@Nullable CharSequence password, @Nullable String hash) {
            return password != null
                    && password.toString().getBytes(StandardCharsets.UTF_8).length <= BCRYPT_BYTES
                    && bcrypt.matches(password, hash);
        }
    }
}
