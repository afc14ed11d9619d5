package kneadwise.booking;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kneadwise.accounts.AccountLookup;
import kneadwise.accounts.AuditLog;
import kneadwise.accounts.SignedIn;
import kneadwise.directory.Therapist;
import kneadwise.directory.Therapists;
import kneadwise.system.FieldProblem;
import kneadwise.system.JsonInput;
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
 * The therapist's schedule page: their sessions of the coming two weeks with who comes, their weekly hours (up to
 * two periods a day, such as a morning and an afternoon) and their time off.
 */
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@Controller
class SchedulePages {

    static final int DAYS_SHOWN = 14;
    static final int PERIODS_A_DAY = 2;

    record SessionRow(String when, String patient, int session, int sessions, UUID courseId) {}

    /** One row of the hours form: a weekday's periods as "HH:mm" text, empty where there is none. */
    record DayRow(String day, String label, List<String> opens, List<String> closes) {}

    record TimeOffRow(UUID id, String from, String to, String note) {}

    private final Therapists therapists;
    private final Courses courses;
    private final WorkingTime workingTime;
    private final AccountLookup accounts;
    private final FreeSlots free;
    private final AuditLog audit;

    SchedulePages(
            Therapists therapists,
            Courses courses,
            WorkingTime workingTime,
            AccountLookup accounts,
            FreeSlots free,
            AuditLog audit) {
        this.therapists = therapists;
        this.courses = courses;
        this.workingTime = workingTime;
        this.accounts = accounts;
        this.free = free;
        this.audit = audit;
    }

    @GetMapping("/practice")
    String schedule(
            @AuthenticationPrincipal SignedIn me,
            @RequestParam(name = "from", required = false) @Nullable String fromText,
            Model model) {
        Therapist therapist = mine(me);
        if (therapist == null) {
            return "redirect:/practice/profile";
        }
        LocalDate from = free.today(therapist);
        try {
            from = fromText == null ? from : LocalDate.parse(fromText);
        } catch (DateTimeParseException notADate) {
            // the coming two weeks, then
        }
        return show(model, me, therapist, from, hoursRows(workingTime.hoursOf(therapist)), Map.of(), null);
    }

    @PostMapping("/practice/hours")
    String saveHours(@AuthenticationPrincipal SignedIn me, @RequestParam Map<String, String> form, Model model) {
        Therapist therapist = mine(me);
        if (therapist == null) {
            return "redirect:/practice/profile";
        }
        List<WorkingHoursForm.Given> given = new ArrayList<>();
        List<DayRow> rows = new ArrayList<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            List<String> opens = new ArrayList<>();
            List<String> closes = new ArrayList<>();
            for (int n = 1; n <= PERIODS_A_DAY; n++) {
                String field = day + "-" + n;
                String open = form.getOrDefault(field + "-opens", "").strip();
                String close = form.getOrDefault(field + "-closes", "").strip();
                opens.add(open);
                closes.add(close);
                given.add(new WorkingHoursForm.Given(day, open, close, field + "-opens", field + "-closes"));
            }
            rows.add(new DayRow(day.name(), label(day), opens, closes));
        }
        JsonInput input = new JsonInput();
        WeeklyHours hours = WorkingHoursForm.read(given, input);
        if (!input.valid()) {
            return show(
                    model, me, therapist, free.today(therapist), rows, FieldProblem.byField(input.problems()), null);
        }
        workingTime.replaceHours(therapist, hours);
        audit.record(me.account(), me.id(), "working-hours", AuditLog.UPDATE, AuditLog.ALLOWED);
        return "redirect:/practice?hours-saved";
    }

    @PostMapping("/practice/time-off")
    String addTimeOff(
            @AuthenticationPrincipal SignedIn me,
            @RequestParam(name = "start", defaultValue = "") String startText,
            @RequestParam(name = "end", defaultValue = "") String endText,
            @RequestParam(name = "note", defaultValue = "") String note,
            Model model) {
        Therapist therapist = mine(me);
        if (therapist == null) {
            return "redirect:/practice/profile";
        }
        Map<String, String> errors = new LinkedHashMap<>();
        Instant start = localTime(startText, "start", therapist.timeZone(), errors);
        Instant end = localTime(endText, "end", therapist.timeZone(), errors);
        JsonInput rules = new JsonInput();
        String kept = TimeOffForm.check(start, end, note, rules);
        errors.putAll(FieldProblem.byField(rules.problems()));
        String problem = null;
        if (errors.isEmpty() && start != null && end != null) {
            try {
                workingTime.addTimeOff(therapist, start, end, kept);
                return "redirect:/practice?time-off-added";
            } catch (BookingRefusals.SessionsInTheWay refusal) {
                problem = refusal.getMessage();
            }
        }
        return show(
                model,
                me,
                therapist,
                free.today(therapist),
                hoursRows(workingTime.hoursOf(therapist)),
                errors,
                problem);
    }

    @PostMapping("/practice/time-off/{timeOffId}/remove")
    String removeTimeOff(@AuthenticationPrincipal SignedIn me, @PathVariable("timeOffId") UUID id) {
        Therapist therapist = mine(me);
        if (therapist == null) {
            return "redirect:/practice/profile";
        }
        workingTime.removeTimeOff(therapist, id);
        return "redirect:/practice?time-off-removed";
    }

    private String show(
            Model model,
            SignedIn me,
            Therapist therapist,
            LocalDate from,
            List<DayRow> hours,
            Map<String, String> errors,
            @Nullable String problem) {
        ZoneId zone = therapist.timeZone();
        Instant start = from.atStartOfDay(zone).toInstant();
        Instant end = from.plusDays(DAYS_SHOWN).atStartOfDay(zone).toInstant();
        Map<UUID, Integer> courseLengths = new LinkedHashMap<>(); // each course and client read once
        Map<UUID, String> names = new LinkedHashMap<>();
        List<SessionRow> sessions = courses.scheduleOf(therapist.id(), start, end).stream()
                .map(session -> new SessionRow(
                        BookingPages.WHEN.format(session.start().atZone(zone)),
                        names.computeIfAbsent(
                                session.patientId(),
                                id -> accounts.find(id)
                                        .map(patient -> patient.name())
                                        .orElse("(account deleted)")),
                        session.session(),
                        courseLengths.computeIfAbsent(
                                session.courseId(),
                                id -> courses.find(id).map(Course::sessions).orElse(session.session())),
                        session.courseId()))
                .toList();
        audit.record(me.account(), null, "schedule", AuditLog.READ, AuditLog.ALLOWED);
        model.addAttribute("therapist", therapist);
        model.addAttribute("sessions", sessions);
        model.addAttribute("fromLabel", BookingPages.DAY.format(from));
        model.addAttribute("toLabel", BookingPages.DAY.format(from.plusDays(DAYS_SHOWN - 1)));
        model.addAttribute("later", from.plusDays(DAYS_SHOWN).toString());
        model.addAttribute("earlier", from.minusDays(DAYS_SHOWN).toString());
        model.addAttribute("hours", hours);
        model.addAttribute(
                "timeOff",
                workingTime.upcomingTimeOff(therapist).stream()
                        .map(block -> new TimeOffRow(
                                block.id(),
                                BookingPages.WHEN.format(block.start().atZone(zone)),
                                BookingPages.WHEN.format(block.end().atZone(zone)),
                                block.note() == null ? "" : block.note()))
                        .toList());
        model.addAttribute("problems", errors);
        model.addAttribute("problem", problem);
        return "booking/schedule";
    }

    private static List<DayRow> hoursRows(WeeklyHours hours) {
        List<DayRow> rows = new ArrayList<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            List<String> opens = new ArrayList<>();
            List<String> closes = new ArrayList<>();
            for (OpeningHours period : hours.periods()) {
                if (period.day() == day) {
                    opens.add(period.opens().toString());
                    closes.add(period.closes().toString());
                }
            }
            while (opens.size() < PERIODS_A_DAY) {
                opens.add("");
                closes.add("");
            }
            rows.add(new DayRow(day.name(), label(day), opens, closes));
        }
        return rows;
    }

    private static @Nullable Instant localTime(String text, String field, ZoneId zone, Map<String, String> errors) {
        try {
            return LocalDateTime.parse(text.strip()).atZone(zone).toInstant();
        } catch (DateTimeParseException notATime) {
            errors.put(field, "must be a date and time");
            return null;
        }
    }

    private static String label(DayOfWeek day) {
        return WorkingHoursForm.words(day);
    }

    private @Nullable Therapist mine(SignedIn me) {
        return therapists
                .ownedBy(me.account(), "The schedule page is for therapists.")
                .orElse(null);
    }
}
