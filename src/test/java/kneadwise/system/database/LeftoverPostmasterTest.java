package kneadwise.system.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** A server killed with SIGKILL leaves PostgreSQL running; the next start must cope and keep the data. */
class LeftoverPostmasterTest {

    @TempDir
    Path dataDirectory;

    @Test
    @Timeout(value = 3, unit = TimeUnit.MINUTES)
    void theNextStartAfterBothWereKilledStartsWhenTheOldServerIsGone() throws Exception {
        Process crashing = startChildServer();
        long leftoverPid = Long.parseLong(Files.readAllLines(dataDirectory.resolve("postgres/postmaster.pid"))
                .get(0)
                .strip());
        // As the crash trials do: SIGKILL to the service, then to its PostgreSQL, then start again at once.
        crashing.destroyForcibly().waitFor();
        ProcessHandle.of(leftoverPid).ifPresent(ProcessHandle::destroyForcibly);

        try (EmbeddedDatabase restarted = EmbeddedDatabase.start(dataDirectory)) {
            assertThat(EmbeddedDatabaseTest.query(restarted, "SELECT text FROM note"))
                    .isEqualTo("committed before the crash");
        }
    }

    @Test
    void aPidFileNamingAnotherProgramIsRemovedAndThatProgramLeftAlone() throws Exception {
        Process other = new ProcessBuilder("sleep", "30").start();
        try {
            Path cluster = Files.createDirectories(dataDirectory.resolve("postgres"));
            Files.writeString(cluster.resolve("postmaster.pid"), other.pid() + "\n" + cluster + "\n");

            LeftoverPostmaster.stopIfRunning(cluster);

            assertThat(cluster.resolve("postmaster.pid")).doesNotExist();
            assertThat(other.isAlive()).isTrue();
        } finally {
            other.destroyForcibly();
        }
    }

    @Test
    @Timeout(value = 3, unit = TimeUnit.MINUTES)
    void theNextStartStopsTheLeftoverServerAndKeepsCommittedData() throws Exception {
        Process crashing = startChildServer();
        crashing.destroyForcibly().waitFor();
        long leftoverPid = Long.parseLong(Files.readAllLines(dataDirectory.resolve("postgres/postmaster.pid"))
                .get(0)
                .strip());
        assertThat(ProcessHandle.of(leftoverPid))
                .as("PostgreSQL outlives its killed parent")
                .isPresent();

        try (EmbeddedDatabase restarted = EmbeddedDatabase.start(dataDirectory)) {
            assertThat(EmbeddedDatabaseTest.query(restarted, "SELECT text FROM note"))
                    .isEqualTo("committed before the crash");
        }

        assertThat(ProcessHandle.of(leftoverPid).filter(ProcessHandle::isAlive)).isEmpty();
    }

    private Process startChildServer() throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process child = new ProcessBuilder(
                        java.toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        AbruptlyStoppedServer.class.getName(),
                        dataDirectory.toString())
                .redirectErrorStream(true)
                .start();
        BufferedReader output =
                new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
        StringBuilder seen = new StringBuilder();
        for (String line = output.readLine(); line != null; line = output.readLine()) {
            if (line.equals("READY")) {
                return child;
            }
            seen.append(line).append('\n');
        }
        throw new AssertionError("The child server ended before it was ready:\n" + seen);
    }
}
