package kneadwise.fhir.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import kneadwise.fhir.export.ExportJob.ExportFile;
import kneadwise.smart.BackendClients;
import kneadwise.testing.FullStackTest;
import kneadwise.testing.MutableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;

/**
 * Export jobs shared by several nodes through PostgreSQL: each waiting job is taken by exactly one node however many
 * ask at once; a node that stops renewing (it died, or was restarted under a new name) loses its job to the next
 * node once the lease runs out; a cancelled job is nobody's to finish.
 */
@FullStackTest
@Import(ExportJobsTest.Clock.class)
class ExportJobsTest {

    @TestConfiguration(proxyBeanMethods = false)
    static class Clock {
        @Bean
        @Primary
        MutableClock jobsClock() {
            return new MutableClock(Instant.now());
        }
    }

    @Autowired
    ExportJobs jobs;

    @Autowired
    ExportWorker worker;

    @Autowired
    BackendClients clients;

    @Autowired
    MutableClock clock;

    String client;

    @BeforeEach
    void aClientAndNoWorker() {
        worker.stop(); // this test plays the nodes itself
        client = clients.register("Jobs Test", "{\"keys\":[]}", null, false).clientId();
    }

    @Test
    void eightNodesAskingAtOnceTakeEachJobExactlyOnce() throws Exception {
        Set<UUID> added = new java.util.HashSet<>();
        for (int i = 0; i < 20; i++) {
            added.add(jobs.add(client, request()));
        }
        List<UUID> claimed = Collections.synchronizedList(new ArrayList<>());
        try (ExecutorService nodes = Executors.newFixedThreadPool(8)) {
            List<Future<?>> running = new ArrayList<>();
            for (int node = 0; node < 8; node++) {
                String name = "node-" + node;
                running.add(nodes.submit(() -> {
                    for (Optional<ExportJob> job = jobs.claim(name, ExportSettings.LEASE);
                            job.isPresent();
                            job = jobs.claim(name, ExportSettings.LEASE)) {
                        claimed.add(job.get().id());
                    }
                }));
            }
            for (Future<?> node : running) {
                node.get();
            }
        }
        assertThat(claimed).hasSize(20).containsExactlyInAnyOrderElementsOf(added);
    }

    @Test
    void aJobWhoseNodeStoppedRenewingIsTakenUpWhenItsLeaseRunsOut() {
        UUID id = jobs.add(client, request());
        assertThat(jobs.claim("old-node", ExportSettings.LEASE))
                .map(ExportJob::id)
                .contains(id);
        assertThat(jobs.claim("new-node", ExportSettings.LEASE))
                .as("still leased")
                .isEmpty();

        clock.advance(ExportSettings.LEASE.plusSeconds(1));
        assertThat(jobs.claim("new-node", ExportSettings.LEASE))
                .map(ExportJob::id)
                .contains(id);
        // the old node, back too late, may neither renew nor finish it
        assertThat(jobs.renew(id, "old-node", ExportSettings.LEASE, "late")).isFalse();
        assertThat(jobs.finish(id, "old-node", List.of(), Duration.ofHours(1))).isFalse();
        assertThat(jobs.renew(id, "new-node", ExportSettings.LEASE, "going")).isTrue();
        assertThat(jobs.finish(id, "new-node", List.of(new ExportFile(1, "Patient", 3)), Duration.ofHours(1)))
                .isTrue();
        assertThat(jobs.find(id, client).orElseThrow().files()).containsExactly(new ExportFile(1, "Patient", 3));
    }

    @Test
    void aJobGivenBackIsTakenAtOnceAndACancelledOneIsNobodys() {
        UUID given = jobs.add(client, request());
        jobs.claim("stopping-node", ExportSettings.LEASE);
        jobs.release(given, "stopping-node");
        assertThat(jobs.claim("other-node", ExportSettings.LEASE))
                .map(ExportJob::id)
                .contains(given);

        UUID cancelled = jobs.add(client, request());
        jobs.claim("busy-node", ExportSettings.LEASE);
        assertThat(jobs.delete(cancelled, client)).isTrue();
        assertThat(jobs.renew(cancelled, "busy-node", ExportSettings.LEASE, "writing"))
                .isFalse();
        assertThat(jobs.find(cancelled, client)).isEmpty();
        assertThat(jobs.delete(cancelled, "another-client")).isFalse();
    }

    private static ExportRequest request() {
        return new ExportRequest(
                ExportLevel.SYSTEM, null, ExportedTypes.ALL, null, "http://localhost:8080/fhir/$export");
    }
}
