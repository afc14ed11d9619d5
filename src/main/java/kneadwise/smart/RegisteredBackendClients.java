package kneadwise.smart;

import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.OAuth2TokenFormat;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;
import org.springframework.stereotype.Component;

/**
 * Our backend clients as Spring Authorization Server sees them: client credentials only, authenticated by a signed
 * JWT ({@code private_key_jwt}), the SMART system scopes, and signed access tokens that live {@link #TOKEN_LIFETIME}.
 * Clients are registered on the command line ({@link BackendClients}), never through the server.
 */
@Component
class RegisteredBackendClients implements RegisteredClientRepository {

    /** At most 5 minutes (CONTRACT.md section 11). */
    static final Duration TOKEN_LIFETIME = Duration.ofMinutes(5);

    private final BackendClients clients;

    RegisteredBackendClients(BackendClients clients) {
        this.clients = clients;
    }

    @Override
    public void save(RegisteredClient registeredClient) {
        throw new UnsupportedOperationException("backend clients are registered on the command line");
    }

    @Override
    public @Nullable RegisteredClient findById(String id) {
        return findByClientId(id);
    }

    @Override
    public @Nullable RegisteredClient findByClientId(String clientId) {
        return clients.find(clientId).map(RegisteredBackendClients::registered).orElse(null);
    }

    private static RegisteredClient registered(BackendClient client) {
        return RegisteredClient.withId(client.clientId())
                .clientId(client.clientId())
                .clientName(client.name())
                .clientIdIssuedAt(client.registeredAt())
                .clientAuthenticationMethod(ClientAuthenticationMethod.PRIVATE_KEY_JWT)
                .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                .scopes(scopes -> scopes.addAll(SmartScopes.ALL))
                // Marks the client as one with a key pair; AssertionDecoders accepts ES384 as well.
                .clientSettings(ClientSettings.builder()
                        .tokenEndpointAuthenticationSigningAlgorithm(SignatureAlgorithm.RS384)
                        .build())
                .tokenSettings(TokenSettings.builder()
                        .accessTokenFormat(OAuth2TokenFormat.SELF_CONTAINED)
                        .accessTokenTimeToLive(TOKEN_LIFETIME)
                        .build())
                .build();
    }
}
