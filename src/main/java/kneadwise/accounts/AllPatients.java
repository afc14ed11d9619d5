package kneadwise.accounts;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every patient's account, read as a stream for a Bulk Data export: PostgreSQL sends rows in batches through a cursor
 * (a fetch size inside a transaction), so a million accounts never sit in memory at once.
 */
@Service
public class AllPatients {

    /** Rows per round trip to PostgreSQL. */
    static final int BATCH = 2_000;

    private final JdbcTemplate jdbc;

    AllPatients(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.jdbc.setFetchSize(BATCH);
    }

    /**
     * Hands each patient to {@code each}, in the order they signed up.
     *
     * @param only these patients alone, or everyone when null
     * @param since only accounts made after this time (an account does not change after), or all when null
     */
    @Transactional(readOnly = true)
    public void forEach(UUID @Nullable [] only, @Nullable Instant since, Consumer<Account> each) {
        jdbc.query(
                """
                SELECT * FROM accounts_account
                WHERE role = 'PATIENT' AND (CAST(? AS uuid[]) IS NULL OR id = ANY(?))
                  AND (CAST(? AS timestamptz) IS NULL OR created_at > ?)
                ORDER BY created_at, id
                """,
                row -> {
                    each.accept(AccountRepository.ACCOUNT.mapRow(row, 0));
                },
                only,
                only,
                since == null ? null : Timestamp.from(since),
                since == null ? null : Timestamp.from(since));
    }
}
