package kneadwise.smart;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import kneadwise.testing.ServiceClient;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.json.JsonMapper;

/**
 * A backend system for tests of what comes after the token endpoint: registered with a freshly generated RSA key
 * pair, it gets an access token the way a real client does (a signed RS384 assertion, over HTTP).
 */
public final class BackendSystem {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final BackendClient client;
    private final RSAKey key;
    private final ServiceClient service;

    private BackendSystem(BackendClient client, RSAKey key, ServiceClient service) {
        this.client = client;
        this.key = key;
        this.service = service;
    }

    public static BackendSystem register(BackendClients clients, ServiceClient service, String name, boolean research)
            throws JOSEException {
        RSAKey key = new RSAKeyGenerator(2048).keyID("key-1").generate();
        BackendClient client = clients.register(name, new JWKSet(key.toPublicJWK()).toString(), null, research);
        return new BackendSystem(client, key, service);
    }

    public String clientId() {
        return client.clientId();
    }

    /** The service, sending a new access token with the {@code system/*.read} scope. */
    public ServiceClient signedIn() throws JOSEException {
        return service.withToken(accessToken("system/*.read"));
    }

    /**
     * An access token as our token endpoint would never issue it: signed with our key (or, with {@code ourKey}
     * false, with another), for this client, with any scope and any expiry. For tests of the export's own checks.
     */
    public String forgedToken(ApplicationContext application, boolean ourKey, String scope, Instant expires)
            throws JOSEException {
        SigningKey ours = application.getBean(SigningKey.class);
        JWSSigner signer = ourKey
                ? new RSASSASigner((RSAKey) ours.source()
                        .get(
                                new com.nimbusds.jose.jwk.JWKSelector(
                                        new com.nimbusds.jose.jwk.JWKMatcher.Builder().build()),
                                null)
                        .getFirst())
                : new RSASSASigner(new RSAKeyGenerator(2048).generate());
        SignedJWT token = new SignedJWT(
                new JWSHeader.Builder(JWSAlgorithm.RS256).build(),
                new JWTClaimsSet.Builder()
                        .issuer("http://localhost:8080")
                        .subject(client.clientId())
                        .claim("scope", List.of(scope))
                        .issueTime(Date.from(expires.minusSeconds(300)))
                        .expirationTime(Date.from(expires))
                        .build());
        token.sign(signer);
        return token.serialize();
    }

    public String accessToken(String scope) throws JOSEException {
        String tokenEndpoint = JSON.readTree(
                        service.get(SmartConfigurationApi.PATH).body())
                .get("token_endpoint")
                .asString();
        SignedJWT assertion = new SignedJWT(
                new JWSHeader.Builder(JWSAlgorithm.RS384).keyID(key.getKeyID()).build(),
                new JWTClaimsSet.Builder()
                        .issuer(client.clientId())
                        .subject(client.clientId())
                        .audience(tokenEndpoint)
                        .jwtID(UUID.randomUUID().toString())
                        .expirationTime(Date.from(Instant.now().plusSeconds(240)))
                        .build());
        assertion.sign(new RSASSASigner(key));
        HttpResponse<String> answer = service.send(
                "POST",
                "/fhir/auth/token",
                "grant_type=client_credentials&scope=" + URLEncoder.encode(scope, StandardCharsets.UTF_8)
                        + "&client_assertion_type="
                        + URLEncoder.encode(AssertionClient.JWT_BEARER, StandardCharsets.UTF_8)
                        + "&client_assertion=" + assertion.serialize(),
                "application/x-www-form-urlencoded");
        if (answer.statusCode() != 200) {
            throw new AssertionError("no token: " + answer.statusCode() + " " + answer.body());
        }
        return JSON.readTree(answer.body()).get("access_token").asString();
    }
}
