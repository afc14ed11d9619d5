package kneadwise.smart;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code jti} of every client assertion accepted, kept until the assertion expires: one used twice is a replay
 * (RFC 7523 section 3). The table's key decides, so two nodes given the same assertion at once accept it once.
 */
@Repository
class AssertionIds {

    private final JdbcClient jdbc;
    private final Clock clock;

    AssertionIds(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Whether this is the first use of {@code jti} by the client; the expired ones are forgotten on the way. */
    boolean firstUse(String clientId, String jti, Instant expiresAt) {
        jdbc.sql("DELETE FROM smart_assertion_jti WHERE expires_at < :now")
                .param("now", Timestamp.from(clock.instant()))
                .update();
        return jdbc.sql("""
                        INSERT INTO smart_assertion_jti (client_id, jti, expires_at)
                        VALUES (:clientId, :jti, :expiresAt)
                        ON CONFLICT DO NOTHING
                        """)
                        .param("clientId", clientId)
                        .param("jti", jti)
                        .param("expiresAt", Timestamp.from(expiresAt))
                        .update()
                == 1;
    }
}
