package kneadwise.outcomes;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import kneadwise.accounts.AccountLookup;
import kneadwise.accounts.Links;
import kneadwise.assessment.AssessmentEngine;
import kneadwise.booking.CourseOutlines;
import kneadwise.booking.CourseOutlines.BookedSession;
import kneadwise.system.Mail;
import kneadwise.system.Mailer;
import kneadwise.system.UsDates;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Emails the person when a session's log is due and not made: the baseline when session 1 is a day away (its log
 * opens then), every later session an hour after it ends. Every five minutes it looks at the sessions that became
 * due and are still worth a reminder: a first session that has not started, a later one that ended within
 * {@link #STILL_USEFUL}, so that reminders missed while the service was down go out when it is back. A row in
 * {@code outcomes_log_reminder} claims each one, written in the same transaction as the mail's row in the outbox, so
 * two servers never send the same reminder twice and a crash loses neither.
 */
@Component
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class LogReminders {

    static final Duration AFTER_SESSION = Duration.ofHours(1);
    /** How long after a session its "how was it?" reminder is still worth sending. */
    static final Duration STILL_USEFUL = Duration.ofDays(2);

    private static final DateTimeFormatter DAY = UsDates.DAY;

    private final CourseOutlines outlines;
    private final JdbcClient jdbc;
    private final AccountLookup accounts;
    private final Links links;
    private final Mailer mailer;
    private final Clock clock;
    private final TransactionTemplate transactions;

    LogReminders(
            CourseOutlines outlines,
            JdbcClient jdbc,
            AccountLookup accounts,
            Links links,
            Mailer mailer,
            Clock clock,
            TransactionTemplate transactions) {
        this.transactions = transactions;
        this.outlines = outlines;
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.links = links;
        this.mailer = mailer;
        this.clock = clock;
    }

    // Every five minutes by default; kneadwise.reminders.* make it more often (the two-node test looks every second).
    @Scheduled(
            initialDelayString = "${kneadwise.reminders.first-check:PT2M}",
            fixedDelayString = "${kneadwise.reminders.check-every:PT5M}")
    void sendDueReminders() {
        Instant now = clock.instant();
        List<BookedSession> due = new ArrayList<>();
        Instant opens = now.plus(LogForm.OPENS_BEFORE);
        outlines.startingBetween(now, opens).stream()
                .filter(session -> session.session() == 1)
                .forEach(due::add);
        Instant ended = now.minus(AFTER_SESSION);
        outlines.endingBetween(now.minus(STILL_USEFUL), ended).stream()
                .filter(session -> session.session() > 1)
                .forEach(due::add);
        for (BookedSession session : due) {
            transactions.executeWithoutResult(status -> {
                if (claim(session)) {
                    remind(session);
                }
            });
        }
    }

    /** True when this server is the one to remind (not logged yet, not reminded before). */
    private boolean claim(BookedSession session) {
        return jdbc.sql("""
                        INSERT INTO outcomes_log_reminder (course_id, session, sent_at)
                        SELECT :courseId, :session, :now
                        WHERE NOT EXISTS (SELECT 1 FROM outcomes_session_log
                                          WHERE course_id = :courseId AND session = :session)
                        ON CONFLICT DO NOTHING
                        """)
                        .param("courseId", session.courseId())
                        .param("session", session.session())
                        .param("now", java.sql.Timestamp.from(clock.instant()))
                        .update()
                == 1;
    }

    private void remind(BookedSession session) {
        String link = links.to("/courses/" + session.courseId() + "/log/" + session.session());
        ZoneId zone = session.timeZone();
        String when = DAY.format(session.start().atZone(zone));
        boolean baseline = session.session() == 1;
        accounts.find(session.patientId())
                .ifPresent(patient -> mailer.send(new Mail(
                        patient.email(),
                        baseline ? "Before your first massage: how is your back?" : "How was your massage?",
                        "Hello " + patient.name() + ",\n\n"
                                + (baseline
                                        ? "Your first session with " + session.therapistName() + " is on " + when
                                                + ". Before it, note how your back is today: the course is judged"
                                                + " against this start.\n\n"
                                        : "How is your back after session " + session.session() + " of "
                                                + session.sessions() + " with " + session.therapistName() + " ("
                                                + when + ")? It takes a minute.\n\n")
                                + link + "\n\n"
                                + "If things change: " + AssessmentEngine.safetyNet() + "\n")));
    }
}
