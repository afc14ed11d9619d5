package kneadwise.booking;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import kneadwise.accounts.AccountLookup;
import kneadwise.accounts.SignedIn;
import kneadwise.checkin.LatestAssessments;
import kneadwise.directory.Therapist;
import kneadwise.directory.Therapists;
import kneadwise.system.UsDates;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The therapist's day ({@code /practice/today}): each client of today, with the flags and precautions of their latest
 * check-in shown before anything else, and links to the session's note and the course's progress. Reading a
 * client's check-in is audited, like every look at health data.
 */
@Controller
class TodayPage {

    static final DateTimeFormatter TIME = UsDates.TIME;
    static final DateTimeFormatter DAY = UsDates.DATE;

    /** One client of the day; {@code precautions} maps each reason code to its message (empty when none). */
    record Client(
            String time,
            String name,
            int session,
            int sessions,
            String courseId,
            boolean checkedIn,
            Map<String, String> precautions) {}

    private final Therapists therapists;
    private final Courses courses;
    private final AccountLookup accounts;
    private final LatestAssessments checkIns;
    private final FreeSlots free;

    TodayPage(
            Therapists therapists,
            Courses courses,
            AccountLookup accounts,
            LatestAssessments checkIns,
            FreeSlots free) {
        this.therapists = therapists;
        this.courses = courses;
        this.accounts = accounts;
        this.checkIns = checkIns;
        this.free = free;
    }

    @GetMapping("/practice/today")
    String today(@AuthenticationPrincipal SignedIn me, Model model) {
        Therapist therapist = therapists
                .ownedBy(me.account(), "Today's clients are for therapists.")
                .orElse(null);
        if (therapist == null) {
            return "redirect:/practice/profile";
        }
        LocalDate day = free.today(therapist);
        List<Client> clients = courses
                .scheduleOf(
                        therapist.id(),
                        day.atStartOfDay(therapist.timeZone()).toInstant(),
                        day.plusDays(1).atStartOfDay(therapist.timeZone()).toInstant())
                .stream()
                .filter(session -> !session.cancelled())
                .map(session -> client(me, therapist, session))
                .toList();
        model.addAttribute("day", DAY.format(day));
        model.addAttribute("clients", clients);
        model.addAttribute(
                "withPrecautions",
                clients.stream()
                        .filter(client -> !client.precautions().isEmpty())
                        .count());
        return "booking/today";
    }

    private Client client(SignedIn me, Therapist therapist, Appointment session) {
        var latest = checkIns.shownTo(me.account(), session.patientId());
        int sessions = courses.find(session.courseId()).map(Course::sessions).orElse(session.session());
        return new Client(
                TIME.format(session.start().atZone(therapist.timeZone())),
                accounts.find(session.patientId())
                        .map(patient -> patient.name())
                        .orElse("A client"),
                session.session(),
                sessions,
                session.courseId().toString(),
                latest.isPresent(),
                latest.map(LatestAssessments.Latest::reasonMessages).orElse(Map.of()));
    }
}
