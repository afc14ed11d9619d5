package kneadwise.smart;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import kneadwise.accounts.AuditEvent;
import kneadwise.accounts.AuditLog;
import kneadwise.testing.FullStackTest;
import kneadwise.testing.ServiceClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * SMART Backend Services, end to end over HTTP: a client registered with a generated key pair signs an assertion and
 * gets a 5-minute access token signed by us; every way of getting it wrong is refused with the OAuth 2.0 error it
 * deserves; every issue and refusal is in the audit log.
 */
@FullStackTest
class BackendTokenTest {

    static final String FORM = "application/x-www-form-urlencoded";
    static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    ServiceClient service;

    @Autowired
    BackendClients clients;

    @Autowired
    AuditLog audit;

    @Autowired
    SigningKey signingKey;

    RSAKey rsaKey;
    BackendClient rsaClient;
    String tokenEndpoint;
    HttpServer keyServer;

    @BeforeEach
    void anRs384ClientRegisteredWithAKeySetFile() throws JOSEException {
        rsaKey = new RSAKeyGenerator(2048).keyID("rsa-1").generate();
        rsaClient = clients.register("Research Warehouse", publicSet(rsaKey), null, false);
        tokenEndpoint = JSON.readTree(service.get(SmartConfigurationApi.PATH).body())
                .get("token_endpoint")
                .asString();
    }

    @AfterEach
    void stopTheKeyServer() {
        if (keyServer != null) {
            keyServer.stop(0);
        }
    }

    @Test
    void theSmartConfigurationIsAtBothAddresses() {
        HttpResponse<String> atRoot = service.get(SmartConfigurationApi.PATH);
        HttpResponse<String> underFhir = service.get(SmartConfigurationApi.UNDER_FHIR);

        assertThat(atRoot.statusCode()).isEqualTo(200);
        assertThat(underFhir.statusCode()).isEqualTo(200);
        JsonNode smart = JSON.readTree(atRoot.body());
        assertThat(JSON.readTree(underFhir.body())).isEqualTo(smart);
        assertThat(tokenEndpoint).endsWith("/fhir/auth/token");
        assertThat(smart.get("token_endpoint_auth_methods_supported").toString())
                .isEqualTo("[\"private_key_jwt\"]");
        assertThat(smart.get("token_endpoint_auth_signing_alg_values_supported").toString())
                .isEqualTo("[\"RS384\",\"ES384\"]");
        assertThat(smart.get("grant_types_supported").toString()).isEqualTo("[\"client_credentials\"]");
        assertThat(smart.get("scopes_supported").toString()).isEqualTo("[\"system/*.read\",\"system/*.rs\"]");
    }

    @Test
    void aSignedAssertionGetsAFiveMinuteTokenSignedByUs() throws Exception {
        HttpResponse<String> answer =
                tokenFor(assertion(rsaClient.clientId(), rsaKey, Duration.ofMinutes(4)), "system/*.read");

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        JsonNode token = JSON.readTree(answer.body());
        assertThat(token.get("token_type").asString()).isEqualTo("Bearer");
        assertThat(token.get("scope").asString()).isEqualTo("system/*.read");
        assertThat(token.get("expires_in").asLong()).isBetween(290L, 300L);
        DefaultJWTProcessor<SecurityContext> ours = new DefaultJWTProcessor<>();
        ours.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.RS256, signingKey.source()));
        JWTClaimsSet claims = ours.process(token.get("access_token").asString(), null);
        assertThat(claims.getSubject()).isEqualTo(rsaClient.clientId());
        assertThat(Duration.between(
                        claims.getIssueTime().toInstant(),
                        claims.getExpirationTime().toInstant()))
                .isEqualTo(Duration.ofMinutes(5));
        assertThat(latestLabel(AuditLog.ALLOWED))
                .isEqualTo("backend client Research Warehouse (" + rsaClient.clientId() + ")");
    }

    @Test
    void anEs384ClientWhoseKeysAreAtAnAddressGetsOneToo() throws Exception {
        ECKey ecKey = new ECKeyGenerator(Curve.P_384).keyID("ec-1").generate();
        byte[] keys = publicSet(ecKey).getBytes(StandardCharsets.UTF_8);
        keyServer = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        keyServer.createContext("/jwks.json", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, keys.length);
            exchange.getResponseBody().write(keys);
            exchange.close();
        });
        keyServer.start();
        BackendClient ecClient = clients.register(
                "Health System",
                null,
                "http://127.0.0.1:" + keyServer.getAddress().getPort() + "/jwks.json",
                false);

        HttpResponse<String> answer = tokenFor(
                assertion(ecClient.clientId(), ecKey, JWSAlgorithm.ES384, tokenEndpoint, Duration.ofMinutes(5), "j1"),
                "system/*.rs");

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        assertThat(JSON.readTree(answer.body()).get("scope").asString()).isEqualTo("system/*.rs");
    }

    @Test
    void aClientIdSentAlongsideIsAcceptedWhenItIsTheAssertionsOwn() throws Exception {
        String signed = assertion(rsaClient.clientId(), rsaKey, Duration.ofMinutes(1));
        HttpResponse<String> answer = tokenFor(signed, "system/*.read", "client_id", rsaClient.clientId());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    }

    @Test
    void everyWrongAssertionIsRefusedAsAnInvalidClientAndAudited() throws Exception {
        String id = rsaClient.clientId();
        String used = assertion(id, rsaKey, Duration.ofMinutes(2));
        assertThat(tokenFor(used, "system/*.read").statusCode()).isEqualTo(200);
        RSAKey otherKey = new RSAKeyGenerator(2048).keyID("rsa-1").generate();
        int refusalsBefore = tokenEvents(AuditLog.DENIED).size();

        List<String> wrong = List.of(
                used, // replayed jti
                signed(
                        id,
                        rsaKey,
                        JWSAlgorithm.RS384,
                        tokenEndpoint,
                        Instant.now().minusSeconds(600),
                        "late"),
                assertion(id, rsaKey, JWSAlgorithm.RS384, tokenEndpoint, Duration.ofMinutes(10), "far"), // exp > 5 min
                assertion(id, otherKey, Duration.ofMinutes(2)), // not the registered key
                assertion(id, rsaKey, JWSAlgorithm.RS256, tokenEndpoint, Duration.ofMinutes(2), "rs256"),
                assertion(
                        id,
                        rsaKey,
                        JWSAlgorithm.RS384,
                        "https://elsewhere.example/token",
                        Duration.ofMinutes(2),
                        "aud"),
                assertion(id, rsaKey, JWSAlgorithm.RS384, tokenEndpoint, Duration.ofMinutes(2), null), // no jti
                assertion("no-such-client", rsaKey, Duration.ofMinutes(2)),
                hmacSigned(id),
                "not a JWT at all");
        for (String assertion : wrong) {
            HttpResponse<String> answer = tokenFor(assertion, "system/*.read");
            assertThat(answer.statusCode()).as(assertion + ": " + answer.body()).isIn(400, 401);
            assertThat(JSON.readTree(answer.body()).get("error").asString())
                    .as(answer.body())
                    .isIn("invalid_client", "invalid_request");
        }

        assertThat(tokenEvents(AuditLog.DENIED).size() - refusalsBefore).isEqualTo(wrong.size());
    }

    @Test
    void oneAssertionSentEightTimesAtOnceGetsOneToken() throws Exception {
        String once = assertion(rsaClient.clientId(), rsaKey, Duration.ofMinutes(2));
        List<String> outcomes = new ArrayList<>();
        try (ExecutorService senders = Executors.newFixedThreadPool(8)) {
            List<Future<HttpResponse<String>>> answers = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                answers.add(senders.submit(() -> tokenFor(once, "system/*.read")));
            }
            for (Future<HttpResponse<String>> answer : answers) {
                JsonNode body = JSON.readTree(answer.get().body());
                outcomes.add(
                        body.has("access_token") ? "token" : body.get("error").asString());
            }
        }
        // OAuth 2.0 answers invalid_client with 400 or 401; Spring's handler uses 400 for an assertion
        assertThat(outcomes).containsOnlyOnce("token").containsOnly("token", "invalid_client");
    }

    @Test
    void aScopeBeyondReadingEverythingIsRefused() throws Exception {
        for (String scope : List.of("system/*.write", "patient/*.read", "system/*.read openid")) {
            HttpResponse<String> answer =
                    tokenFor(assertion(rsaClient.clientId(), rsaKey, Duration.ofMinutes(2)), scope);
            assertThat(answer.statusCode()).as(scope).isEqualTo(400);
            assertThat(JSON.readTree(answer.body()).get("error").asString()).isEqualTo("invalid_scope");
        }
        assertThat(latestLabel(AuditLog.DENIED))
                .isEqualTo("backend client Research Warehouse (" + rsaClient.clientId() + "): invalid_scope");
    }

    @Test
    void onlyTheClientCredentialsGrantExists() throws Exception {
        HttpResponse<String> answer = service.send(
                "POST",
                "/fhir/auth/token",
                form(
                        "grant_type",
                        "password",
                        "username",
                        "a",
                        "password",
                        "b",
                        "client_assertion_type",
                        AssertionClient.JWT_BEARER,
                        "client_assertion",
                        assertion(rsaClient.clientId(), rsaKey, Duration.ofMinutes(2))),
                FORM);
        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(answer.body()).get("error").asString()).isEqualTo("unsupported_grant_type");
    }

    /** Who the newest audit entry of the token endpoint with this result names. */
    private String latestLabel(String result) {
        return tokenEvents(result).getFirst().actorLabel();
    }

    private List<AuditEvent> tokenEvents(String result) {
        return audit.search(null, null, AuditLog.CREATE, 1000).stream()
                .filter(event -> event.record().equals(TokenAudit.RECORD)
                        && event.result().equals(result))
                .toList();
    }

    /** A client-credentials request with this assertion and scope, and any more form fields given. */
    private HttpResponse<String> tokenFor(String assertion, String scope, String... more) {
        List<String> fields = new ArrayList<>(List.of(
                "grant_type",
                "client_credentials",
                "scope",
                scope,
                "client_assertion_type",
                AssertionClient.JWT_BEARER,
                "client_assertion",
                assertion));
        fields.addAll(List.of(more));
        return service.send("POST", "/fhir/auth/token", form(fields.toArray(String[]::new)), FORM);
    }

    private String assertion(String clientId, JWK key, Duration valid) throws JOSEException {
        return assertion(
                clientId,
                key,
                JWSAlgorithm.RS384,
                tokenEndpoint,
                valid,
                UUID.randomUUID().toString());
    }

    private String assertion(
            String clientId, JWK key, JWSAlgorithm algorithm, String audience, Duration valid, String jti)
            throws JOSEException {
        return signed(clientId, key, algorithm, audience, Instant.now().plus(valid), jti);
    }

    private static String signed(
            String clientId, JWK key, JWSAlgorithm algorithm, String audience, Instant expires, String jti)
            throws JOSEException {
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(clientId)
                .subject(clientId)
                .audience(audience)
                .expirationTime(Date.from(expires));
        if (jti != null) {
            claims.jwtID(jti);
        }
        JWSSigner signer = key instanceof RSAKey rsa ? new RSASSASigner(rsa) : new ECDSASigner((ECKey) key);
        SignedJWT jwt = new SignedJWT(
                new JWSHeader.Builder(algorithm).keyID(key.getKeyID()).build(), claims.build());
        jwt.sign(signer);
        return jwt.serialize();
    }

    /** An assertion "signed" with a shared secret (HS256): never accepted from a backend client. */
    private String hmacSigned(String clientId) throws JOSEException {
        SignedJWT jwt = new SignedJWT(
                new JWSHeader(JWSAlgorithm.HS256),
                new JWTClaimsSet.Builder()
                        .issuer(clientId)
                        .subject(clientId)
                        .audience(tokenEndpoint)
                        .jwtID("hmac")
                        .expirationTime(Date.from(Instant.now().plusSeconds(60)))
                        .build());
        jwt.sign(new MACSigner("a shared secret of at least thirty-two bytes!!"));
        return jwt.serialize();
    }

    private static String publicSet(JWK key) {
        return new JWKSet(key.toPublicJWK()).toString();
    }

    private static String form(String... namesAndValues) {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            body.append(i == 0 ? "" : "&")
                    .append(namesAndValues[i])
                    .append('=')
                    .append(URLEncoder.encode(namesAndValues[i + 1], StandardCharsets.UTF_8));
        }
        return body.toString();
    }
}
