package kneadwise.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import kneadwise.KneadwiseApplication;
import kneadwise.system.cli.CommandLine;
import kneadwise.testing.TestDatabase;
import kneadwise.testing.TestPostgres;
import org.junit.jupiter.api.Test;

/**
 * {@code ./kneadwise demo-data} run a second time with the same seed says what it found and how to start over, exit
 * status 2, and adds nothing (issue 17, item 6); before, it failed with a duplicate-key SQL error.
 */
class DemoDataCommandTest {

    @Test
    void theSameSeedTwiceIsRefusedWithTheWayOut() throws Exception {
        TestDatabase database = TestPostgres.get().emptyDatabase("demo data twice");
        Map<String, String> settings = Map.of(
                "kneadwise.db.url", database.jdbcUrl(),
                "kneadwise.db.user", database.user(),
                "kneadwise.db.password", "",
                "kneadwise.data-dir",
                        Files.createTempDirectory("kneadwise-demo-data").toString());
        settings.forEach(System::setProperty);
        try {
            Run first = run("--therapists", "3");
            assertThat(first.status()).as(first.err()).isEqualTo(CommandLine.OK);
            long therapists = count(database);

            Run second = run("--therapists", "3");

            assertThat(second.status()).isEqualTo(CommandLine.USAGE);
            assertThat(second.err())
                    .contains("already has the demo therapists of seed 1", "--seed 2", "start over")
                    .doesNotContain("SQL", "duplicate key");
            assertThat(count(database)).as("nothing added").isEqualTo(therapists);
            assertThat(run("--therapists", "3", "--seed", "2").status()).isEqualTo(CommandLine.OK);
        } finally {
            settings.keySet().forEach(System::clearProperty);
        }
    }

    private static long count(TestDatabase database) {
        return database.jdbc()
                .sql("SELECT count(*) FROM directory_therapist")
                .query(Long.class)
                .single();
    }

    private record Run(int status, String err) {}

    private static Run run(String... arguments) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = new DemoDataCommand(KneadwiseApplication.class)
                .run(
                        List.of(arguments),
                        new PrintStream(out, true, StandardCharsets.UTF_8),
                        new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(status, err.toString(StandardCharsets.UTF_8));
    }
}
