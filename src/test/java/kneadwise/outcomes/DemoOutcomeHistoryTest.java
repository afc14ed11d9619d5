package kneadwise.outcomes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Array;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import kneadwise.accounts.People;
import kneadwise.accounts.Role;
import kneadwise.demo.DemoOutcomeHistory;
import kneadwise.testing.FullStackTest;
import kneadwise.testing.ServiceClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The generated history behind the dashboard benchmark: the numbers asked for, every stored course result equal to
 * what the live rule gives from the logs and notes read back, and the dashboard's figures over hundreds of courses
 * (clients coming back for up to four) equal to the latest-course-per-client counting done here in Java. It lives
 * beside outcomes because it reads back what {@link OutcomesInBulk} stored with outcomes' own repositories.
 */
@FullStackTest
class DemoOutcomeHistoryTest {

    @Autowired
    DemoOutcomeHistory history;

    @Autowired
    SessionLogs logs;

    @Autowired
    SessionNotes notes;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ServiceClient service;

    @Autowired
    ApplicationContext context;

    record Stored(UUID courseId, UUID patientId, UUID therapistId, CourseResult result) {}

    @Test
    void generatesWhatWasAskedAndTheDashboardCountsItAsTheRulesSay() {
        List<long[]> progress = new ArrayList<>();
        DemoOutcomeHistory.Added added = history.add(2_000, 5, (done, of) -> progress.add(new long[] {done, of}));

        // 2,000 sessions round up to 334 courses of 6; 48 courses per therapist -> 7 therapists
        assertThat(added.sessions()).isEqualTo(2_004);
        assertThat(added.courses()).isEqualTo(334);
        assertThat(added.therapists()).isEqualTo(7);
        assertThat(added.patients()).isBetween(334 / 4, 334 - 1);
        assertThat(progress.getLast()).containsExactly(2_004, 2_004);
        assertThat(count("SELECT count(*) FROM outcomes_session_log")).isEqualTo(2_004);
        assertThat(count("SELECT count(*) FROM outcomes_session_note")).isEqualTo(668);
        assertThat(count("SELECT count(*) FROM outcomes_course_result")).isEqualTo(334);
        assertThat(count("SELECT count(*) FROM booking_calendar_entry WHERE kind = 'APPOINTMENT'"))
                .isEqualTo(2_004);
        assertThat(count("SELECT count(DISTINCT patient_id) FROM booking_course"))
                .isEqualTo(added.patients());
        // every session is over; a client keeps one therapist and comes for one to four courses
        Instant now = jdbc.sql("SELECT now()").query(Instant.class).single();
        assertThat(jdbc.sql("SELECT max(upper(during)) FROM booking_calendar_entry")
                        .query(Instant.class)
                        .single())
                .isBefore(now);
        assertThat(count("""
                        SELECT count(*) FROM (SELECT patient_id FROM booking_course GROUP BY patient_id
                        HAVING count(DISTINCT therapist_id) > 1 OR count(*) > 4) AS odd
                        """)).isZero();

        List<Stored> stored = storedResults();
        for (Stored row : stored) {
            assertThat(row.result())
                    .as("course %s", row.courseId())
                    .isEqualTo(CourseResult.of(6, logs.ofCourse(row.courseId()), notes.ofCourse(row.courseId())));
        }

        JsonNode dashboard = People.json(People.signedIn(service, People.given(context, Role.CLINIC_ADMIN))
                .get("/api/v1/outcomes/dashboard"));
        Map<UUID, Stored> latest = latestPerClient(stored);
        JsonNode everyone = line(dashboard, "OVERALL");
        assertThat(everyone.at("/improved/total").asInt()).isEqualTo(added.patients());
        assertThat(everyone.at("/improved/count").asInt()).isEqualTo(improved(latest.values()));
        assertThat(everyone.at("/sideEffects/count").asInt()).isEqualTo((int) stored.stream()
                .filter(row -> row.result().sideEffect())
                .map(Stored::patientId)
                .distinct()
                .count());
        double share = everyone.at("/improved/share").asDouble();
        assertThat(share).isBetween(0.3, 0.7);

        // per therapist: each client's latest course with them
        List<String> expected = new ArrayList<>();
        Map<UUID, List<Stored>> byTherapist = new HashMap<>();
        stored.forEach(row -> byTherapist
                .computeIfAbsent(row.therapistId(), id -> new ArrayList<>())
                .add(row));
        byTherapist.values().forEach(rows -> {
            Map<UUID, Stored> theirs = latestPerClient(rows);
            if (theirs.size() >= ClinicDashboard.SMALLEST_GROUP) {
                expected.add(theirs.size() + "/" + improved(theirs.values()));
            }
        });
        List<String> shown = new ArrayList<>();
        dashboard.get("lines").forEach(line -> {
            if (line.get("kind").asString().equals("THERAPIST")) {
                shown.add(line.at("/improved/total").asInt() + "/"
                        + line.at("/improved/count").asInt());
            }
        });
        assertThat(shown).isNotEmpty().containsExactlyInAnyOrderElementsOf(expected);

        // a seed may be used once per database; a refused run leaves nothing behind
        assertThatThrownBy(() -> history.add(600, 5, (done, of) -> {}))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("choose another --seed");
        assertThat(count("SELECT count(*) FROM outcomes_session_log")).isEqualTo(2_004);
        assertThat(count("SELECT count(*) FROM booking_course")).isEqualTo(334);
    }

    private int count(String sql) {
        return jdbc.sql(sql).query(Integer.class).single();
    }

    private List<Stored> storedResults() {
        return jdbc.sql("SELECT * FROM outcomes_course_result")
                .query((row, n) -> {
                    Array techniques = row.getArray("techniques");
                    List<String> names = new ArrayList<>();
                    for (Object name : (Object[]) techniques.getArray()) {
                        names.add((String) name);
                    }
                    java.sql.Timestamp ended = row.getTimestamp("ended_at");
                    Boolean improved = row.getObject("improved", Boolean.class);
                    return new Stored(
                            row.getObject("course_id", UUID.class),
                            row.getObject("patient_id", UUID.class),
                            row.getObject("therapist_id", UUID.class),
                            new CourseResult(
                                    ended == null ? null : ended.toInstant(),
                                    improved,
                                    row.getString("pain_verdict"),
                                    row.getString("function_verdict"),
                                    row.getBoolean("massaged"),
                                    row.getBoolean("side_effect"),
                                    names));
                })
                .list();
    }

    /** Each client's course that ended last (every generated course has ended). */
    private static Map<UUID, Stored> latestPerClient(List<Stored> rows) {
        Map<UUID, Stored> latest = new HashMap<>();
        for (Stored row : rows) {
            latest.merge(
                    row.patientId(),
                    row,
                    (a, b) -> a.result().endedAt().isAfter(b.result().endedAt()) ? a : b);
        }
        return latest;
    }

    private static int improved(java.util.Collection<Stored> rows) {
        Set<UUID> clients = new HashSet<>();
        rows.stream().filter(row -> row.result().improved()).forEach(row -> clients.add(row.patientId()));
        return clients.size();
    }

    private static JsonNode line(JsonNode dashboard, String kind) {
        for (JsonNode line : dashboard.get("lines")) {
            if (line.get("kind").asString().equals(kind)) {
                return line;
            }
        }
        throw new AssertionError("no " + kind + " line in " + dashboard);
    }
}
