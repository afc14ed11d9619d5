package kneadwise.booking;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kneadwise.accounts.SignedIn;
import kneadwise.checkin.LatestAssessments;
import kneadwise.directory.Therapist;
import kneadwise.directory.Therapists;
import kneadwise.system.FieldProblem;
import kneadwise.system.JsonInput;
import kneadwise.system.NotFoundException;
import kneadwise.system.UsDates;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Booking a course on a page: the free times of the coming two weeks to choose the first session from, then every
 * session booked at once, or the reason not and whole courses that fit instead.
 */
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@Controller
class BookingPages {

    static final int DAYS_SHOWN = 14;
    static final DateTimeFormatter DAY = UsDates.DAY;
    static final DateTimeFormatter TIME = UsDates.TIME;
    static final DateTimeFormatter WHEN = UsDates.DATE_TIME_AND_ZONE;

    /** A start time to choose: the value sent back (ISO-8601 with offset) and what people read. */
    record Choice(String value, String label) {}

    record Day(String label, List<Choice> starts) {}

    private final Therapists therapists;
    private final FreeSlots free;
    private final CourseBooking booking;
    private final LatestAssessments assessments;

    BookingPages(Therapists therapists, FreeSlots free, CourseBooking booking, LatestAssessments assessments) {
        this.therapists = therapists;
        this.free = free;
        this.booking = booking;
        this.assessments = assessments;
    }

    @GetMapping("/therapists/{therapistId}/book")
    String form(
            @AuthenticationPrincipal SignedIn me,
            @PathVariable("therapistId") String id,
            @RequestParam(name = "from", required = false) @Nullable String fromText,
            Model model) {
        Therapist therapist = therapist(id);
        return show(model, me, therapist, day(fromText, therapist), "", "6", "7", Map.of());
    }

    @PostMapping("/therapists/{therapistId}/book")
    String book(
            @AuthenticationPrincipal SignedIn me,
            @PathVariable("therapistId") String id,
            @RequestParam(name = "firstSessionStart", defaultValue = "") String firstText,
            @RequestParam(name = "sessions", defaultValue = "") String sessionsText,
            @RequestParam(name = "everyDays", defaultValue = "") String everyDaysText,
            Model model) {
        Therapist therapist = therapist(id);
        JsonInput input = new JsonInput();
        CourseForm.Wanted wanted = CourseForm.read(firstText, sessionsText, everyDaysText, input);
        OffsetDateTime chosen = CourseForm.chosenStart(firstText);
        LocalDate from = chosen == null
                ? free.today(therapist)
                : chosen.atZoneSameInstant(therapist.timeZone()).toLocalDate();
        Map<String, String> problems = FieldProblem.byField(input.problems());
        if (wanted == null) {
            return show(model, me, therapist, from, firstText, sessionsText, everyDaysText, problems);
        }
        try {
            Course course = booking.book(
                    me.account(),
                    therapist,
                    wanted.firstSessionStart().toInstant(),
                    wanted.sessions(),
                    wanted.everyDays());
            return "redirect:/courses/" + course.id() + "?booked";
        } catch (BookingRefusals.NotAvailable refusal) {
            model.addAttribute(
                    "conflicts",
                    refusal.problems().stream()
                            .map(problem -> "Session " + problem.session() + ", "
                                    + WHEN.format(refusal.inZone(problem.start())) + ": "
                                    + BookingRefusals.explain(problem.reason()))
                            .toList());
            model.addAttribute(
                    "alternatives",
                    refusal.alternatives().stream()
                            .map(start -> new Choice(start.toOffsetDateTime().toString(), WHEN.format(start)))
                            .toList());
        } catch (BookingRefusals.MassageNotNow | BookingRefusals.PatientsOnly refusal) {
            model.addAttribute("refusal", refusal.getMessage());
        }
        return show(model, me, therapist, from, firstText, sessionsText, everyDaysText, problems);
    }

    private String show(
            Model model,
            SignedIn me,
            Therapist therapist,
            LocalDate from,
            String chosen,
            String sessions,
            String everyDays,
            Map<String, String> problems) {
        model.addAttribute("therapist", therapist);
        model.addAttribute("chosen", chosen);
        model.addAttribute("sessions", sessions);
        model.addAttribute("everyDays", everyDays);
        model.addAttribute("problems", problems);
        if (!model.containsAttribute("conflicts")) {
            model.addAttribute("conflicts", List.of());
            model.addAttribute("alternatives", List.of());
        }
        if (!model.containsAttribute("refusal")) {
            model.addAttribute("refusal", refusalOf(me));
        }
        LocalDate today = free.today(therapist);
        LocalDate shownFrom = from.isBefore(today) ? today : from;
        model.addAttribute("days", days(therapist, shownFrom, me.id()));
        model.addAttribute("later", shownFrom.plusDays(DAYS_SHOWN).toString());
        model.addAttribute(
                "earlier",
                shownFrom.isAfter(today) ? shownFrom.minusDays(DAYS_SHOWN).toString() : null);
        model.addAttribute("shownFrom", DAY.format(shownFrom));
        model.addAttribute("shownTo", DAY.format(shownFrom.plusDays(DAYS_SHOWN - 1)));
        return "booking/book";
    }

    /** Why this person cannot book at all, before they choose anything; null when they can. */
    private @Nullable String refusalOf(SignedIn me) {
        if (!CourseBooking.books(me.account())) {
            return new BookingRefusals.PatientsOnly().getMessage();
        }
        return assessments
                .of(me.id())
                .filter(LatestAssessments.Latest::notNow)
                .map(notNow -> new BookingRefusals.MassageNotNow().getMessage())
                .orElse(null);
    }

    private List<Day> days(Therapist therapist, LocalDate from, UUID patientId) {
        List<ZonedDateTime> starts = free.starts(therapist, from, from.plusDays(DAYS_SHOWN), patientId);
        List<Day> days = new ArrayList<>();
        for (LocalDate date = from; date.isBefore(from.plusDays(DAYS_SHOWN)); date = date.plusDays(1)) {
            LocalDate on = date;
            List<Choice> choices = starts.stream()
                    .filter(start -> start.toLocalDate().equals(on))
                    .map(start -> new Choice(start.toOffsetDateTime().toString(), TIME.format(start)))
                    .toList();
            if (!choices.isEmpty()) {
                days.add(new Day(DAY.format(date), choices));
            }
        }
        return days;
    }

    private LocalDate day(@Nullable String text, Therapist therapist) {
        try {
            return text == null ? free.today(therapist) : LocalDate.parse(text.strip());
        } catch (DateTimeParseException notADate) {
            return free.today(therapist);
        }
    }

    private Therapist therapist(String id) {
        try {
            return therapists.find(UUID.fromString(id)).orElseThrow(() -> new NotFoundException("therapist " + id));
        } catch (IllegalArgumentException notAnId) {
            throw new NotFoundException("therapist " + id);
        }
    }
}
