package kneadwise.smart;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The registered backend clients ({@code smart_client}). */
@Repository
public class BackendClients {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final Clock clock;

    BackendClients(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Registers a client with its public keys: a key set or the address of one, checked by {@link ClientKeys}.
     *
     * @return the client as stored, with its new {@code client_id}
     */
    public BackendClient register(String name, @Nullable String jwks, @Nullable String jwksUrl, boolean research) {
        BackendClient client = new BackendClient(newClientId(), name, jwks, jwksUrl, research, clock.instant());
        jdbc.sql("""
                        INSERT INTO smart_client (client_id, name, jwks, jwks_url, research, registered_at)
                        VALUES (:clientId, :name, :jwks, :jwksUrl, :research, :registeredAt)
                        """)
                .param("clientId", client.clientId())
                .param("name", client.name())
                .param("jwks", client.jwks())
                .param("jwksUrl", client.jwksUrl())
                .param("research", client.research())
                .param("registeredAt", Timestamp.from(client.registeredAt()))
                .update();
        return client;
    }

    public Optional<BackendClient> find(String clientId) {
        return jdbc.sql("SELECT * FROM smart_client WHERE client_id = :clientId")
                .param("clientId", clientId)
                .query((row, n) -> new BackendClient(
                        row.getString("client_id"),
                        row.getString("name"),
                        row.getString("jwks"),
                        row.getString("jwks_url"),
                        row.getBoolean("research"),
                        row.getObject("registered_at", OffsetDateTime.class).toInstant()))
                .optional();
    }

    /** 128 random bits, URL-safe: unguessable, though a client id is not a secret. */
    private static String newClientId() {
        byte[] bits = new byte[16];
        RANDOM.nextBytes(bits);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bits);
    }
}
