package kneadwise.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import kneadwise.testing.DatabaseTest;
import kneadwise.testing.TestDatabase;
import org.junit.jupiter.api.Test;

@DatabaseTest
class InstallationRepositoryTest {

    static final Instant FIRST_START = Instant.parse("2026-11-21T08:00:00Z");

    @Test
    void theFirstStartCreatesTheInstallationAndLaterStartsReadIt(TestDatabase database) {
        database.jdbc().sql("DELETE FROM system_installation").update();
        InstallationRepository firstStart = repository(database, FIRST_START);
        InstallationRepository laterStart = repository(database, FIRST_START.plusSeconds(86_400));

        Installation created = firstStart.loadOrCreate();
        Installation readLater = laterStart.loadOrCreate();

        assertThat(created.createdAt()).isEqualTo(FIRST_START);
        assertThat(readLater).isEqualTo(created);
    }

    @Test
    void nodesStartingTogetherAgreeOnOneInstallation(TestDatabase database) throws Exception {
        database.jdbc().sql("DELETE FROM system_installation").update();
        List<Callable<Installation>> starts = new ArrayList<>();
        for (int node = 0; node < 8; node++) {
            InstallationRepository repository = repository(database, FIRST_START.plusSeconds(node));
            starts.add(repository::loadOrCreate);
        }

        List<Installation> seen = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(8)) {
            for (Future<Installation> result : pool.invokeAll(starts)) {
                seen.add(result.get());
            }
        }

        assertThat(seen).hasSize(8).containsOnly(seen.get(0));
        assertThat(database.jdbc()
                        .sql("SELECT count(*) FROM system_installation")
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
    }

    private static InstallationRepository repository(TestDatabase database, Instant now) {
        return new InstallationRepository(database.jdbc(), Clock.fixed(now, ZoneOffset.UTC));
    }
}
