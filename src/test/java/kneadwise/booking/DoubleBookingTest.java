package kneadwise.booking;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import kneadwise.accounts.People;
import kneadwise.directory.Therapists;
import kneadwise.testing.FullStackTest;
import kneadwise.testing.MutableClock;
import kneadwise.testing.ServiceClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Many people asking for the same time at the same moment: PostgreSQL lets exactly one have it. */
@FullStackTest
@Import(BookingTestSetup.class)
class DoubleBookingTest {

    static final int ATTEMPTS = 64;

    @Autowired
    ServiceClient service;

    @Autowired
    Therapists therapists;

    @Autowired
    Calendars calendars;

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MutableClock clock;

    Practices.Practice practice;

    @BeforeEach
    void aPractice() {
        clock.set(BookingTestSetup.START);
        practice = Practices.open(service, therapists, calendars, ZoneId.of("America/New_York"));
    }

    @Test
    void sixtyFourPeopleAskForTheSameCourseAndExactlyOneGetsIt() throws Exception {
        List<ServiceClient> patients = new ArrayList<>();
        for (int i = 0; i < ATTEMPTS; i++) {
            patients.add(People.newPatient(service));
        }
        CountDownLatch go = new CountDownLatch(1);
        List<Callable<Integer>> attempts = patients.stream()
                .map(patient -> (Callable<Integer>) () -> {
                    go.await();
                    HttpResponse<String> answer =
                            CourseBookingTest.bookWith(patient, practice, "2027-03-02T18:00:00-05:00", 6, 7);
                    return answer.statusCode();
                })
                .toList();

        List<Integer> statuses = runTogether(attempts, go);

        assertThat(statuses).filteredOn(status -> status == 201).hasSize(1);
        assertThat(statuses).filteredOn(status -> status == 409).hasSize(ATTEMPTS - 1);
        assertThat(activeSessions()).isEqualTo(6);
        assertThat(overlappingPairs()).isZero();
    }

    /**
     * The database's own guarantee, without the application's check in front: 64 connections of their own each
     * insert a session at a random time of one evening (most of them overlapping) at the same moment.
     */
    @Test
    void sixtyFourConnectionsInsertingOverlappingSessionsLeaveNoOverlap() throws Exception {
        HikariDataSource pool = (HikariDataSource) dataSource;
        String patient = People.json(People.newPatient(service).get("/api/v1/me"))
                .get("id")
                .asString();
        UUID course = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO booking_course (id, therapist_id, patient_id, sessions, every_days, booked_at)
                VALUES (:id, :therapist, :patient, 12, 7, now())
                """)
                .param("id", course)
                .param("therapist", practice.id())
                .param("patient", UUID.fromString(patient))
                .update();
        Random random = new Random(64);
        OffsetDateTime evening = OffsetDateTime.of(2027, 3, 4, 22, 0, 0, 0, ZoneOffset.UTC);
        CountDownLatch go = new CountDownLatch(1);
        List<Callable<Integer>> attempts = new ArrayList<>();
        for (int i = 0; i < ATTEMPTS; i++) {
            OffsetDateTime start = evening.plusMinutes(random.nextInt(240));
            attempts.add(() -> {
                try (Connection connection =
                        DriverManager.getConnection(pool.getJdbcUrl(), pool.getUsername(), pool.getPassword())) {
                    connection.setAutoCommit(false);
                    try (var settings = connection.createStatement()) {
                        // find the deadlocks of racing inserts in 20 ms rather than PostgreSQL's default second
                        settings.execute("SET deadlock_timeout = '20ms'");
                    }
                    go.await();
                    return insert(connection, course, start) ? 1 : 0;
                }
            });
        }

        List<Integer> inserted = runTogether(attempts, go);

        int kept = inserted.stream().mapToInt(Integer::intValue).sum();
        assertThat(kept).isBetween(1, 5); // at most five hour-long sessions fit in four hours and a bit
        assertThat(activeSessions()).isEqualTo(kept);
        assertThat(overlappingPairs()).isZero();
    }

    private boolean insert(Connection connection, UUID course, OffsetDateTime start) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("""
                INSERT INTO booking_calendar_entry
                    (id, therapist_id, kind, course_id, patient_id, session_number, during, created_at)
                SELECT ?, ?, 'APPOINTMENT', id, patient_id, 1, tstzrange(?, ?), now()
                FROM booking_course WHERE id = ?
                """)) {
            statement.setObject(1, UUID.randomUUID());
            statement.setObject(2, practice.id());
            statement.setObject(3, start);
            statement.setObject(4, start.plusHours(1));
            statement.setObject(5, course);
            statement.executeUpdate();
            connection.commit();
            return true;
        } catch (SQLException refused) {
            connection.rollback();
            assertThat(refused.getSQLState()).isIn(CourseBooking.EXCLUSION_VIOLATION, CourseBooking.DEADLOCK);
            return false;
        }
    }

    private static List<Integer> runTogether(List<Callable<Integer>> attempts, CountDownLatch go) throws Exception {
        try (ExecutorService threads = Executors.newFixedThreadPool(attempts.size())) {
            List<Future<Integer>> results = new ArrayList<>();
            for (Callable<Integer> attempt : attempts) {
                results.add(threads.submit(attempt));
            }
            go.countDown();
            List<Integer> values = new ArrayList<>();
            for (Future<Integer> result : results) {
                values.add(result.get());
            }
            return values;
        }
    }

    private int activeSessions() {
        return jdbc.sql("""
                SELECT count(*) FROM booking_calendar_entry
                WHERE therapist_id = :therapist AND cancelled_at IS NULL
                """)
                .param("therapist", practice.id())
                .query(Integer.class)
                .single();
    }

    /** Pairs of active entries of this therapist whose times overlap: there must never be any. */
    private int overlappingPairs() {
        return jdbc.sql("""
                SELECT count(*)
                FROM booking_calendar_entry a
                JOIN booking_calendar_entry b
                  ON a.therapist_id = b.therapist_id AND a.id < b.id AND a.during && b.during
                WHERE a.therapist_id = :therapist AND a.cancelled_at IS NULL AND b.cancelled_at IS NULL
                """)
                .param("therapist", practice.id())
                .query(Integer.class)
                .single();
    }
}
