package kneadwise.smart;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.sql.Timestamp;
import java.text.ParseException;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.stereotype.Component;

/**
 * The RSA key our access tokens are signed with, kept in PostgreSQL so that every node signs and verifies with the
 * same one: the first node to start makes it, the others read it (one row, {@code ON CONFLICT DO NOTHING}).
 */
@Component
class SigningKey {

    private final ImmutableJWKSet<SecurityContext> source;

    SigningKey(JdbcClient jdbc, Clock clock) throws JOSEException, ParseException {
        if (kept(jdbc).isEmpty()) {
            RSAKey made = new RSAKeyGenerator(2048)
                    .keyUse(KeyUse.SIGNATURE)
                    .keyID(UUID.randomUUID().toString())
                    .generate();
            jdbc.sql(
                            "INSERT INTO smart_signing_key (id, jwk, created_at) VALUES (1, :jwk, :now) ON CONFLICT DO NOTHING")
                    .param("jwk", made.toJSONString())
                    .param("now", Timestamp.from(clock.instant()))
                    .update();
        }
        this.source = new ImmutableJWKSet<>(new JWKSet(RSAKey.parse(kept(jdbc).orElseThrow())));
    }

    private static Optional<String> kept(JdbcClient jdbc) {
        return jdbc.sql("SELECT jwk FROM smart_signing_key WHERE id = 1")
                .query(String.class)
                .optional();
    }

    /** The key pair, to sign with and to verify with. */
    JWKSource<SecurityContext> source() {
        return source;
    }

    /**
     * Checks our own access tokens: signed with this key (RS256, Spring Authorization Server's choice), issued by us,
     * and not expired.
     */
    JwtDecoder decoder(String issuer) throws JOSEException {
        RSAKey key = (RSAKey) source.getJWKSet().getKeys().getFirst();
        NimbusJwtDecoder decoder =
                NimbusJwtDecoder.withPublicKey(key.toRSAPublicKey()).build();
        decoder.setJwtValidator(JwtValidators.createDefaultWithIssuer(issuer));
        return decoder;
    }
}
