package kneadwise.booking;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import kneadwise.directory.Therapist;
import kneadwise.directory.Therapists;
import kneadwise.system.FieldProblem;
import kneadwise.system.InvalidInputException;
import kneadwise.system.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A therapist's free session starts (CONTRACT.md section 8): public, since it says nothing about who booked what.
 * {@code from} and {@code to} are dates in the therapist's zone ({@code 2026-12-01}) or date-times with an offset;
 * at most {@link #MOST_DAYS} days at once; by default the coming week.
 */
@RestController
class SlotsApi {

    static final int MOST_DAYS = 31;

    record Slots(UUID therapistId, String timeZone, int sessionMinutes, List<Slot> slots) {}

    record Slot(String start, String end) {}

    private final Therapists therapists;
    private final FreeSlots free;

    SlotsApi(Therapists therapists, FreeSlots free) {
        this.therapists = therapists;
        this.free = free;
    }

    @GetMapping(path = "/api/v1/therapists/{therapistId}/slots", produces = "application/json")
    Slots slots(
            @PathVariable("therapistId") String id,
            @RequestParam(name = "from", required = false) @Nullable String fromText,
            @RequestParam(name = "to", required = false) @Nullable String toText) {
        Therapist therapist = therapist(id);
        ZoneId zone = therapist.timeZone();
        List<FieldProblem> problems = new ArrayList<>();
        LocalDate today = free.today(therapist);
        LocalDate from = day(fromText, "from", zone, today, problems);
        LocalDate to = day(toText, "to", zone, from.plusDays(7), problems);
        if (problems.isEmpty() && !to.isAfter(from)) {
            problems.add(new FieldProblem("to", "must be after from"));
        }
        if (problems.isEmpty() && to.isAfter(from.plusDays(MOST_DAYS))) {
            problems.add(new FieldProblem("to", "must be at most " + MOST_DAYS + " days after from"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException("slot request", problems);
        }
        Duration session = Duration.ofMinutes(therapist.sessionMinutes());
        List<Slot> slots = free.starts(therapist, from, to, null).stream()
                .map(start -> new Slot(
                        start.toOffsetDateTime().toString(),
                        start.plus(session).toOffsetDateTime().toString()))
                .toList();
        return new Slots(therapist.id(), zone.getId(), therapist.sessionMinutes(), slots);
    }

    /** A date, or the date in the therapist's zone of a date-time with an offset; {@code to} is exclusive. */
    private static LocalDate day(
            @Nullable String text, String field, ZoneId zone, LocalDate fallback, List<FieldProblem> problems) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            return text.strip().length() == 10
                    ? LocalDate.parse(text.strip())
                    : OffsetDateTime.parse(text.strip()).atZoneSameInstant(zone).toLocalDate();
        } catch (DateTimeParseException notADate) {
            problems.add(new FieldProblem(field, "must be a date such as 2026-12-01, or a date-time with its offset"));
            return fallback;
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
