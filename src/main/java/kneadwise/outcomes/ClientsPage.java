package kneadwise.outcomes;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import kneadwise.accounts.AccountLookup;
import kneadwise.accounts.SignedIn;
import kneadwise.assessment.CourseRule;
import kneadwise.booking.CourseOutlines;
import kneadwise.booking.CourseOutlines.CourseOutline;
import kneadwise.booking.CourseOutlines.SessionTime;
import kneadwise.directory.Therapist;
import kneadwise.directory.Therapists;
import kneadwise.system.UsDates;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The therapist's clients ({@code /practice/clients}): every course of their practice, newest first, with how much
 * has been logged, pain from the first log to the latest, the verdict so far in a few words, and a link to the
 * course's chart and scores. Listing a client is audited, like every look at health data.
 */
@Controller
class ClientsPage {

    static final DateTimeFormatter DATE = UsDates.SHORT_DATE;

    /** One course as a row; {@code worse} when the checkpoint says to stop and see a clinician. */
    record Row(
            String client, String dates, String logged, String pain, String verdict, boolean worse, String courseId) {}

    private final Therapists therapists;
    private final CourseOutlines courses;
    private final SessionLogs logs;
    private final AccountLookup accounts;

    ClientsPage(Therapists therapists, CourseOutlines courses, SessionLogs logs, AccountLookup accounts) {
        this.therapists = therapists;
        this.courses = courses;
        this.logs = logs;
        this.accounts = accounts;
    }

    @GetMapping("/practice/clients")
    String clients(@AuthenticationPrincipal SignedIn me, Model model) {
        Therapist therapist = therapists
                .ownedBy(me.account(), "The client list is for therapists.")
                .orElse(null);
        if (therapist == null) {
            return "redirect:/practice/profile";
        }
        List<CourseOutline> theirs = courses.ofTherapist(me.account(), therapist);
        Map<UUID, List<SessionLog>> logsByCourse =
                logs.ofTherapist(therapist.id()).stream().collect(Collectors.groupingBy(SessionLog::courseId));
        Map<UUID, String> names = accounts.namesOf(
                theirs.stream().map(CourseOutline::patientId).distinct().toList());
        List<Row> rows = new ArrayList<>();
        for (CourseOutline course : theirs) {
            List<SessionLog> logged = logsByCourse.getOrDefault(course.id(), List.of());
            CourseProgress progress = CourseProgress.of(course.sessions(), null, logged);
            rows.add(new Row(
                    names.getOrDefault(course.patientId(), "A former client"),
                    dates(course),
                    logged.size() + " of " + course.sessions(),
                    pain(progress),
                    verdict(progress),
                    stopAdvised(progress),
                    course.id().toString()));
        }
        model.addAttribute("rows", rows);
        model.addAttribute("clients", names.size());
        return "outcomes/clients";
    }

    private static String dates(CourseOutline course) {
        List<SessionTime> active =
                course.times().stream().filter(time -> !time.cancelled()).toList();
        if (active.isEmpty()) {
            return "all sessions cancelled";
        }
        return DATE.format(active.getFirst().start().atZone(course.timeZone())) + " to "
                + DATE.format(active.getLast().start().atZone(course.timeZone()));
    }

    private static String pain(CourseProgress progress) {
        if (progress.pain().isEmpty()) {
            return "nothing logged";
        }
        // the baseline when it was logged, else the earliest log
        CourseProgress.Point first = progress.pain().getFirst();
        CourseProgress.Point latest = progress.pain().getLast();
        return first.score() + " to " + latest.score();
    }

    private static boolean stopAdvised(CourseProgress progress) {
        CourseProgress.Checkpoint checkpoint = progress.checkpoint();
        return progress.end() == null
                && checkpoint != null
                && checkpoint.advice() == CourseRule.CheckpointAdvice.STOP_AND_SEE_CLINICIAN;
    }

    /** The latest verdict in a few words (the progress page gives them in full). */
    private static String verdict(CourseProgress progress) {
        CourseProgress.End end = progress.end();
        if (end != null) {
            return switch (end.advice()) {
                case HELPED -> "End: improved by an amount that matters";
                case MIXED -> "End: mixed (one better, one worse); talk to a clinician";
                case UNLIKELY_TO_HELP -> "End: no important improvement";
            };
        }
        CourseProgress.Checkpoint checkpoint = progress.checkpoint();
        if (checkpoint == null) {
            return "No verdict yet";
        }
        return switch (checkpoint.advice()) {
            case STOP_AND_SEE_CLINICIAN -> "After session 3: worse; stop and see a clinician";
            case CONTINUE_EARLY_DAYS -> "After session 3: no clear change yet";
            case CONTINUE_IMPROVING -> "After session 3: improving";
        };
    }
}
