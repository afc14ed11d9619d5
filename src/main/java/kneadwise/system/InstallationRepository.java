package kneadwise.system;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads the installation row, writing it first when the database is new. */
@Repository
public class InstallationRepository {

    private final JdbcClient jdbc;
    private final Clock clock;

    InstallationRepository(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public Installation loadOrCreate() {
        // Several nodes may start at once on a shared database: the first insert wins, the others read it.
        jdbc.sql("""
                INSERT INTO system_installation (id, created_at)
                VALUES (:id, :createdAt)
                ON CONFLICT (singleton) DO NOTHING
                """)
                .param("id", UUID.randomUUID())
                .param("createdAt", OffsetDateTime.ofInstant(Instant.now(clock), ZoneOffset.UTC))
                .update();
        return jdbc.sql("""
                SELECT id, created_at
                FROM system_installation
                """)
                .query((row, n) -> new Installation(
                        row.getObject("id", UUID.class),
                        row.getObject("created_at", OffsetDateTime.class).toInstant()))
                .single();
    }
}
