package kneadwise.booking;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Therapists' weekly hours ({@code booking_working_hours}) and what is busy in their calendars. */
@Repository
class Calendars {

    private final JdbcClient jdbc;
    private final JdbcTemplate batches;

    Calendars(JdbcClient jdbc, JdbcTemplate batches) {
        this.jdbc = jdbc;
        this.batches = batches;
    }

    WeeklyHours hoursOf(UUID therapistId) {
        return hoursOf(List.of(therapistId)).getOrDefault(therapistId, new WeeklyHours(List.of()));
    }

    Map<UUID, WeeklyHours> hoursOf(Collection<? extends UUID> therapistIds) {
        Map<UUID, List<OpeningHours>> periods = new HashMap<>();
        jdbc.sql("""
                SELECT therapist_id, weekday, opens, closes
                FROM booking_working_hours
                WHERE therapist_id = ANY(:ids)
                """).param("ids", therapistIds.toArray(UUID[]::new)).query(row -> {
            periods.computeIfAbsent(row.getObject("therapist_id", UUID.class), id -> new ArrayList<>())
                    .add(new OpeningHours(
                            DayOfWeek.of(row.getInt("weekday")),
                            row.getObject("opens", LocalTime.class),
                            row.getObject("closes", LocalTime.class)));
        });
        Map<UUID, WeeklyHours> hours = new HashMap<>();
        periods.forEach((id, list) -> hours.put(id, new WeeklyHours(list)));
        return hours;
    }

    /** Replaces the therapist's week; the caller checks that periods do not overlap. */
    void replaceHours(UUID therapistId, WeeklyHours hours) {
        jdbc.sql("DELETE FROM booking_working_hours WHERE therapist_id = :id")
                .param("id", therapistId)
                .update();
        for (OpeningHours period : hours.periods()) {
            jdbc.sql("""
                    INSERT INTO booking_working_hours (therapist_id, weekday, opens, closes)
                    VALUES (:id, :weekday, :opens, :closes)
                    """)
                    .param("id", therapistId)
                    .param("weekday", period.day().getValue())
                    .param("opens", period.opens())
                    .param("closes", period.closes())
                    .update();
        }
    }

    /** Adds the weeks of many therapists who have none yet, in one JDBC batch (for the demo-data generator). */
    void addHours(Map<UUID, WeeklyHours> weeks) {
        List<Object[]> rows = new ArrayList<>();
        weeks.forEach((id, week) -> week.periods()
                .forEach(period ->
                        rows.add(new Object[] {id, period.day().getValue(), period.opens(), period.closes()})));
        batches.batchUpdate(
                "INSERT INTO booking_working_hours (therapist_id, weekday, opens, closes) VALUES (?, ?, ?, ?)", rows);
    }

    /** Active entries of one therapist's calendar overlapping [from, to), except one appointment being moved. */
    List<Busy> therapistBusy(UUID therapistId, Instant from, Instant to, @Nullable UUID except) {
        return therapistBusy(List.of(therapistId), from, to, except).getOrDefault(therapistId, List.of());
    }

    Map<UUID, List<Busy>> therapistBusy(
            Collection<UUID> therapistIds, Instant from, Instant to, @Nullable UUID except) {
        Map<UUID, List<Busy>> busy = new HashMap<>();
        jdbc.sql("""
                SELECT therapist_id, kind, lower(during) AS starts, upper(during) AS ends
                FROM booking_calendar_entry
                WHERE therapist_id = ANY(:ids)
                  AND during && tstzrange(:from, :to)
                  AND cancelled_at IS NULL
                  AND id IS DISTINCT FROM :except
                """)
                .param("ids", therapistIds.toArray(UUID[]::new))
                .param("from", utc(from))
                .param("to", utc(to))
                .param("except", except, java.sql.Types.OTHER)
                .query(row -> {
                    busy.computeIfAbsent(row.getObject("therapist_id", UUID.class), id -> new ArrayList<>())
                            .add(new Busy(
                                    row.getObject("starts", OffsetDateTime.class)
                                            .toInstant(),
                                    row.getObject("ends", OffsetDateTime.class).toInstant(),
                                    "TIME_OFF".equals(row.getString("kind"))
                                            ? Busy.Reason.TIME_OFF
                                            : Busy.Reason.TAKEN));
                });
        return busy;
    }

    /** The patient's own active sessions with any therapist overlapping [from, to), except one being moved. */
    List<Busy> patientBusy(UUID patientId, Instant from, Instant to, @Nullable UUID except) {
        return jdbc.sql("""
                SELECT lower(during) AS starts, upper(during) AS ends
                FROM booking_calendar_entry
                WHERE patient_id = :patient
                  AND during && tstzrange(:from, :to)
                  AND cancelled_at IS NULL
                  AND id IS DISTINCT FROM :except
                """)
                .param("patient", patientId)
                .param("from", utc(from))
                .param("to", utc(to))
                .param("except", except, java.sql.Types.OTHER)
                .query((row, n) -> new Busy(
                        row.getObject("starts", OffsetDateTime.class).toInstant(),
                        row.getObject("ends", OffsetDateTime.class).toInstant(),
                        Busy.Reason.YOUR_OTHER_SESSION))
                .list();
    }

    static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    record TimeOff(
            UUID id, Instant start, Instant end, @Nullable String note) {}

    /** Adds a block of time off; PostgreSQL refuses it (SQLSTATE 23P01) when it overlaps an active entry. */
    void addTimeOff(UUID therapistId, TimeOff timeOff, Instant now) {
        jdbc.sql("""
                INSERT INTO booking_calendar_entry (id, therapist_id, kind, during, note, created_at)
                VALUES (:id, :therapist, 'TIME_OFF', tstzrange(:start, :end), :note, :now)
                """)
                .param("id", timeOff.id())
                .param("therapist", therapistId)
                .param("start", utc(timeOff.start()))
                .param("end", utc(timeOff.end()))
                .param("note", timeOff.note())
                .param("now", utc(now))
                .update();
    }

    /** Removes a block of the therapist's own time off; false when there is none with this id. */
    boolean removeTimeOff(UUID therapistId, UUID timeOffId) {
        return jdbc.sql("""
                        DELETE FROM booking_calendar_entry
                        WHERE id = :id AND therapist_id = :therapist AND kind = 'TIME_OFF'
                        """)
                        .param("id", timeOffId)
                        .param("therapist", therapistId)
                        .update()
                == 1;
    }

    List<TimeOff> timeOff(UUID therapistId, Instant from, Instant to) {
        return jdbc.sql("""
                SELECT id, lower(during) AS starts, upper(during) AS ends, note
                FROM booking_calendar_entry
                WHERE therapist_id = :therapist AND kind = 'TIME_OFF' AND during && tstzrange(:from, :to)
                ORDER BY lower(during)
                """)
                .param("therapist", therapistId)
                .param("from", utc(from))
                .param("to", utc(to))
                .query((row, n) -> new TimeOff(
                        row.getObject("id", UUID.class),
                        row.getObject("starts", OffsetDateTime.class).toInstant(),
                        row.getObject("ends", OffsetDateTime.class).toInstant(),
                        row.getString("note")))
                .list();
    }
}
