package kneadwise.smart;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtDecoderFactory;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.authorization.authentication.JwtClientAssertionDecoderFactory;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.stereotype.Component;

/**
 * How a client's assertion is checked (SMART Backend Services, RFC 7523): signed with RS384 or ES384 by one of the
 * client's registered keys; {@code iss} and {@code sub} its client id and {@code aud} our token endpoint (Spring
 * Authorization Server's own checks); {@code exp} present, past now and at most {@link #LONGEST} ahead; and a
 * {@code jti} never seen before. Spring's own factory verifies one algorithm per client, from a key set address
 * only; ours takes both algorithms and a key set given as a file.
 */
@Component
class AssertionDecoders implements JwtDecoderFactory<RegisteredClient> {

    /** An assertion may be valid for at most this long (CONTRACT.md section 11). */
    static final Duration LONGEST = Duration.ofMinutes(5);

    /** Leeway for clocks that differ a little. */
    static final Duration SKEW = Duration.ofSeconds(30);

    private final BackendClients clients;
    private final AssertionIds assertionIds;
    private final Clock clock;

    /** Built once per client for a while: a key set behind an address is fetched and cached by its source. */
    private final Cache<String, JwtDecoder> decoders = Caffeine.newBuilder()
            .expireAfterWrite(Duration.ofMinutes(5))
            .maximumSize(10_000)
            .build();

    AssertionDecoders(BackendClients clients, AssertionIds assertionIds, Clock clock) {
        this.clients = clients;
        this.assertionIds = assertionIds;
        this.clock = clock;
    }

    @Override
    public JwtDecoder createDecoder(RegisteredClient registered) {
        return decoders.get(registered.getClientId(), clientId -> decoderFor(registered));
    }

    private JwtDecoder decoderFor(RegisteredClient registered) {
        BackendClient client = clients.find(registered.getClientId()).orElseThrow(() -> invalid("unknown client"));
        DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
        try {
            processor.setJWSKeySelector(new JWSVerificationKeySelector<>(ClientKeys.ALGORITHMS, ClientKeys.of(client)));
        } catch (Exception unusable) { // a key set that no longer parses, an address that is no longer one
            throw invalid("the client's registered keys cannot be used");
        }
        processor.setJWTClaimsSetVerifier((claims, context) -> {}); // the validators below judge the claims
        NimbusJwtDecoder decoder = new NimbusJwtDecoder(processor);
        JwtTimestampValidator timestamps = new JwtTimestampValidator(SKEW);
        timestamps.setClock(clock);
        OAuth2TokenValidator<Jwt> checks = new DelegatingOAuth2TokenValidator<>(
                JwtClientAssertionDecoderFactory.DEFAULT_JWT_VALIDATOR_FACTORY.apply(registered),
                timestamps,
                notTooLong());
        OAuth2TokenValidator<Jwt> replay = notReplayed(client.clientId());
        decoder.setJwtValidator(assertion -> {
            OAuth2TokenValidatorResult checked = checks.validate(assertion);
            return checked.hasErrors() ? checked : replay.validate(assertion);
        });
        return decoder;
    }

    private OAuth2TokenValidator<Jwt> notTooLong() {
        return assertion -> {
            Instant expires = assertion.getExpiresAt();
            return expires != null
                            && !expires.isAfter(clock.instant().plus(LONGEST).plus(SKEW))
                    ? OAuth2TokenValidatorResult.success()
                    : failure("exp must be at most 5 minutes ahead");
        };
    }

    /** Asked last: only an assertion that passed every other check uses up its jti. */
    private OAuth2TokenValidator<Jwt> notReplayed(String clientId) {
        return assertion -> {
            String jti = assertion.getId();
            Instant expires = assertion.getExpiresAt();
            if (jti == null || jti.isBlank() || expires == null) {
                return failure("jti is required");
            }
            return assertionIds.firstUse(clientId, jti, expires.plus(SKEW))
                    ? OAuth2TokenValidatorResult.success()
                    : failure("this jti was used before");
        };
    }

    private static OAuth2TokenValidatorResult failure(String why) {
        return OAuth2TokenValidatorResult.failure(new OAuth2Error(OAuth2ErrorCodes.INVALID_CLIENT, why, null));
    }

    private static OAuth2AuthenticationException invalid(String why) {
        return new OAuth2AuthenticationException(new OAuth2Error(OAuth2ErrorCodes.INVALID_CLIENT, why, null));
    }
}
