package kneadwise.booking;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import kneadwise.accounts.AccountLookup;
import kneadwise.assessment.AssessmentEngine;
import kneadwise.directory.Therapist;
import kneadwise.directory.Therapists;
import kneadwise.system.Mail;
import kneadwise.system.Mailer;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Emails each patient the day before a session (consistency is what makes a course work). Every five minutes it
 * claims the sessions starting within the next {@link #AHEAD} that have no reminder yet, marking them, and puts each
 * reminder in the mail outbox in the same transaction: two running servers never remind twice, and a crash loses
 * neither the mark nor the mail. A session that has not started yet still gets its reminder after the service was
 * down (the first run is a minute after start). A session moved later gets a new reminder.
 */
@Component
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class AppointmentReminders {

    static final Duration AHEAD = Duration.ofHours(24);
    static final int BATCH = 200;

    record Due(UUID patientId, UUID therapistId, Instant start) {}

    private final JdbcClient jdbc;
    private final Therapists therapists;
    private final AccountLookup accounts;
    private final Mailer mailer;
    private final Clock clock;
    private final TransactionTemplate transactions;

    AppointmentReminders(
            JdbcClient jdbc,
            Therapists therapists,
            AccountLookup accounts,
            Mailer mailer,
            Clock clock,
            TransactionTemplate transactions) {
        this.transactions = transactions;
        this.jdbc = jdbc;
        this.therapists = therapists;
        this.accounts = accounts;
        this.mailer = mailer;
        this.clock = clock;
    }

    // Every five minutes by default; kneadwise.reminders.* make it more often (the two-node test looks every second).
    @Scheduled(
            initialDelayString = "${kneadwise.reminders.first-check:PT1M}",
            fixedDelayString = "${kneadwise.reminders.check-every:PT5M}")
    void sendDueReminders() {
        int claimed;
        do {
            Integer batch = transactions.execute(status -> {
                List<Due> due = claimDue();
                due.forEach(this::remind);
                return due.size();
            });
            claimed = batch == null ? 0 : batch;
        } while (claimed == BATCH);
    }

    /** Marks up to {@link #BATCH} due sessions as reminded and returns them (in the caller's transaction). */
    List<Due> claimDue() {
        Instant now = clock.instant();
        return jdbc.sql("""
                UPDATE booking_calendar_entry
                SET reminder_sent_at = :now
                WHERE id IN (
                    SELECT id
                    FROM booking_calendar_entry
                    WHERE kind = 'APPOINTMENT'
                      AND cancelled_at IS NULL
                      AND reminder_sent_at IS NULL
                      AND lower(during) > :now
                      AND lower(during) <= :until
                    ORDER BY lower(during)
                    LIMIT :batch
                    FOR UPDATE SKIP LOCKED)
                RETURNING patient_id, therapist_id, lower(during) AS starts
                """)
                .param("now", Calendars.utc(now))
                .param("until", Calendars.utc(now.plus(AHEAD)))
                .param("batch", BATCH)
                .query((row, n) -> new Due(
                        row.getObject("patient_id", UUID.class),
                        row.getObject("therapist_id", UUID.class),
                        row.getObject("starts", OffsetDateTime.class).toInstant()))
                .list();
    }

    private void remind(Due due) {
        Therapist therapist = therapists.find(due.therapistId()).orElse(null);
        if (therapist == null) {
            return;
        }
        accounts.find(due.patientId())
                .ifPresent(patient -> mailer.send(new Mail(
                        patient.email(),
                        "Reminder: massage " + AppointmentChanges.when(due.start(), therapist),
                        "Hello " + patient.name() + ",\n\nYour massage session with " + therapist.name() + " is on "
                                + AppointmentChanges.when(due.start(), therapist) + " ("
                                + therapist.timeZone().getId() + ")"
                                + (therapist.address() == null ? "" : " at " + therapist.address()) + ".\n\n"
                                + "Tell your therapist about any change in your health since your check-in. "
                                + "If you cannot come, tell " + therapist.name() + " as soon as you can.\n\n"
                                + "If things change: " + AssessmentEngine.safetyNet() + "\n")));
    }
}
