package kneadwise.outcomes;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import kneadwise.directory.OutcomeRecords;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * A therapist's choice to show their outcome record on their directory profile. Publishing needs at least
 * {@link ClinicDashboard#SMALLEST_GROUP} clients with a finished course, and the record is shown only while that
 * holds: the same rule as the dashboard's, so one client's result can never be read off a profile.
 */
@Service
class PublishedRecords implements OutcomeRecords {

    private final JdbcClient jdbc;
    private final ClinicDashboard dashboard;
    private final Clock clock;

    PublishedRecords(JdbcClient jdbc, ClinicDashboard dashboard, Clock clock) {
        this.jdbc = jdbc;
        this.dashboard = dashboard;
        this.clock = clock;
    }

    @Override
    public Optional<Published> publishedFor(UUID therapistId) {
        return isPublished(therapistId) ? record(therapistId) : Optional.empty();
    }

    /** Whether the therapist chose to publish (the record shows only while it also has 10 or more clients). */
    boolean isPublished(UUID therapistId) {
        return jdbc.sql("SELECT count(*) FROM outcomes_published_record WHERE therapist_id = :id")
                        .param("id", therapistId)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    /** The record as it would show, published or not; empty under 10 clients with a finished course. */
    Optional<Published> record(UUID therapistId) {
        return dashboard.figures(therapistId).groups().stream()
                .filter(group -> group.kind().equals("OVERALL"))
                .findFirst()
                .map(group -> new Published(
                        group.improved().total(),
                        group.improved().count(),
                        group.improved().low(),
                        group.improved().high()));
    }

    /** Publishes and returns the record; empty, and nothing published, with too few finished courses. */
    Optional<Published> publish(UUID therapistId) {
        Optional<Published> record = record(therapistId);
        if (record.isEmpty()) {
            return record;
        }
        jdbc.sql("""
                        INSERT INTO outcomes_published_record (therapist_id, published_at) VALUES (:id, :now)
                        ON CONFLICT (therapist_id) DO NOTHING
                        """)
                .param("id", therapistId)
                .param("now", Timestamp.from(clock.instant()))
                .update();
        return record;
    }

    void withdraw(UUID therapistId) {
        jdbc.sql("DELETE FROM outcomes_published_record WHERE therapist_id = :id")
                .param("id", therapistId)
                .update();
    }
}
