package kneadwise.outcomes;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import kneadwise.demo.DemoOutcomeHistory;
import kneadwise.testing.FullStackTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The per-client rows behind the clinic dashboard (V016) stay equal to what the clients' course results give, when two
 * courses of one client change at once and when courses disappear with an account or a therapist.
 */
@FullStackTest
class ClientGroupsTest {

    /** Rows kept by the trigger that a fresh computation does not give, and the other way round. */
    static final String DIFFERENCES = """
            WITH fresh AS (
                SELECT c.patient_id, g.kind, g.group_key, g.finished, g.improved, g.massaged, g.side_effect
                FROM (SELECT DISTINCT patient_id FROM outcomes_course_result) AS c,
                     outcomes_client_groups_of(c.patient_id) AS g),
            kept AS (
                SELECT patient_id, kind, group_key, finished, improved, massaged, side_effect
                FROM outcomes_client_group)
            SELECT (SELECT count(*) FROM (SELECT * FROM fresh EXCEPT SELECT * FROM kept) AS missing)
                 + (SELECT count(*) FROM (SELECT * FROM kept EXCEPT SELECT * FROM fresh) AS extra)
            """;

    @Autowired
    DemoOutcomeHistory history;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void twoCoursesOfOneClientChangingAtOnceAreBothCounted() throws Exception {
        history.add(600, 21, (done, of) -> {});
        UUID client = jdbc.sql("""
                        SELECT patient_id FROM outcomes_course_result GROUP BY patient_id
                        HAVING count(*) >= 2 ORDER BY patient_id LIMIT 1
                        """).query(UUID.class).single();
        List<UUID> courses =
                jdbc.sql("""
                        SELECT course_id FROM outcomes_course_result WHERE patient_id = :client
                        ORDER BY ended_at DESC
                        """).param("client", client).query(UUID.class).list();
        UUID latest = courses.get(0);
        UUID earlier = courses.get(1);
        assertThat(count(DIFFERENCES)).isZero();

        CountDownLatch firstHasWritten = new CountDownLatch(1);
        CountDownLatch letFirstCommit = new CountDownLatch(1);
        // two threads of their own: the common pool may have a single one on a small machine
        ExecutorService threads = Executors.newFixedThreadPool(2);
        CompletableFuture<Void> first = CompletableFuture.runAsync(
                () -> transactions.executeWithoutResult(status -> {
                    jdbc.sql(
                                    "UPDATE outcomes_course_result SET massaged = true, side_effect = NOT side_effect WHERE course_id = :id")
                            .param("id", earlier)
                            .update();
                    firstHasWritten.countDown();
                    await(letFirstCommit);
                }),
                threads);
        assertThat(firstHasWritten.await(10, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<Void> second = CompletableFuture.runAsync(
                () -> transactions.executeWithoutResult(status -> jdbc.sql(
                                "UPDATE outcomes_course_result SET improved = NOT improved WHERE course_id = :id")
                        .param("id", latest)
                        .update()),
                threads);
        // the second waits for the client's lock while the first is open
        assertThat(waitingForALock(Duration.ofSeconds(10))).isTrue();
        letFirstCommit.countDown();
        first.get(10, TimeUnit.SECONDS);
        second.get(10, TimeUnit.SECONDS);
        threads.shutdown();

        assertThat(count(DIFFERENCES)).isZero();
        Boolean improved = jdbc.sql("SELECT improved FROM outcomes_course_result WHERE course_id = :id")
                .param("id", latest)
                .query(Boolean.class)
                .single();
        Boolean sideEffect = jdbc.sql(
                        "SELECT bool_or(side_effect) FROM outcomes_course_result WHERE patient_id = :client")
                .param("client", client)
                .query(Boolean.class)
                .single();
        assertThat(jdbc.sql("""
                        SELECT improved = :improved AND side_effect = :sideEffect FROM outcomes_client_group
                        WHERE patient_id = :client AND kind = 'OVERALL'
                        """)
                        .param("improved", improved)
                        .param("sideEffect", sideEffect)
                        .param("client", client)
                        .query(Boolean.class)
                        .single())
                .isTrue();

        // courses deleted with the client's account, then with a therapist: nothing of them is counted any more
        jdbc.sql("DELETE FROM accounts_account WHERE id = :client")
                .param("client", client)
                .update();
        assertThat(count("SELECT count(*) FROM outcomes_client_group WHERE patient_id = '" + client + "'"))
                .isZero();
        assertThat(count("SELECT count(*) FROM outcomes_client WHERE patient_id = '" + client + "'"))
                .isZero();
        UUID therapist = jdbc.sql("SELECT therapist_id FROM outcomes_course_result LIMIT 1")
                .query(UUID.class)
                .single();
        int before = count("SELECT count(*) FROM outcomes_client_group WHERE kind = 'OVERALL'");
        jdbc.sql("DELETE FROM directory_therapist WHERE id = :id")
                .param("id", therapist)
                .update();
        assertThat(count("SELECT count(*) FROM outcomes_client_group WHERE group_key = '" + therapist + "'"))
                .isZero();
        assertThat(count("SELECT count(*) FROM outcomes_client_group WHERE kind = 'OVERALL'"))
                .isLessThan(before);
        assertThat(count(DIFFERENCES)).isZero();
    }

    private boolean waitingForALock(Duration within) throws InterruptedException {
        long until = System.nanoTime() + within.toNanos();
        while (System.nanoTime() < until) {
            if (count(
                            "SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND datname = current_database()")
                    > 0) {
                return true;
            }
            Thread.sleep(20);
        }
        return false;
    }

    private int count(String sql) {
        return jdbc.sql(sql).query(Integer.class).single();
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(20, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(stopped);
        }
    }
}
