package kneadwise.booking;

import java.time.DayOfWeek;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import kneadwise.accounts.SignedIn;
import kneadwise.directory.Therapist;
import kneadwise.directory.Therapists;
import kneadwise.system.InvalidInputException;
import kneadwise.system.JsonInput;
import kneadwise.system.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * A therapist's own working time: weekly hours ({@code /api/v1/me/working-hours}) and time off
 * ({@code /api/v1/me/time-off}). Only an account with a directory profile has them; others get 404.
 */
@RestController
class WorkingTimeApi {

    record Period(DayOfWeek day, String opens, String closes) {}

    record TimeOffView(
            UUID id, String start, String end, @Nullable String note) {}

    private final Therapists therapists;
    private final WorkingTime workingTime;

    WorkingTimeApi(Therapists therapists, WorkingTime workingTime) {
        this.therapists = therapists;
        this.workingTime = workingTime;
    }

    @GetMapping(path = "/api/v1/me/working-hours", produces = "application/json")
    List<Period> hours(@AuthenticationPrincipal SignedIn me) {
        return view(workingTime.hoursOf(mine(me)));
    }

    @PutMapping(path = "/api/v1/me/working-hours", produces = "application/json")
    @Transactional
    List<Period> replaceHours(@AuthenticationPrincipal SignedIn me, @RequestBody JsonNode body) {
        Therapist therapist = mine(me);
        WeeklyHours hours = readHours(body);
        workingTime.replaceHours(therapist, hours);
        return view(hours);
    }

    @PostMapping(path = "/api/v1/me/time-off", produces = "application/json")
    ResponseEntity<TimeOffView> addTimeOff(@AuthenticationPrincipal SignedIn me, @RequestBody JsonNode body) {
        Therapist therapist = mine(me);
        JsonInput input = new JsonInput();
        OffsetDateTime start = body.isObject() ? input.dateTime(body, "start", "start") : null;
        OffsetDateTime end = body.isObject() ? input.dateTime(body, "end", "end") : null;
        String note = TimeOffForm.check(
                start == null ? null : start.toInstant(),
                end == null ? null : end.toInstant(),
                body.path("note").isString() ? body.path("note").asString() : null,
                input);
        if (!body.isObject()) {
            input.problem("$", "must be an object with start, end and an optional note");
        }
        if (start == null || end == null || !input.valid()) {
            throw new InvalidInputException("time off", input.problems());
        }
        Calendars.TimeOff added = workingTime.addTimeOff(therapist, start.toInstant(), end.toInstant(), note);
        return ResponseEntity.status(HttpStatus.CREATED).body(view(added, therapist));
    }

    @GetMapping(path = "/api/v1/me/time-off", produces = "application/json")
    List<TimeOffView> timeOff(@AuthenticationPrincipal SignedIn me) {
        Therapist therapist = mine(me);
        return workingTime.upcomingTimeOff(therapist).stream()
                .map(block -> view(block, therapist))
                .toList();
    }

    @DeleteMapping("/api/v1/me/time-off/{timeOffId}")
    ResponseEntity<Void> removeTimeOff(@AuthenticationPrincipal SignedIn me, @PathVariable("timeOffId") UUID id) {
        if (!workingTime.removeTimeOff(mine(me), id)) {
            throw new NotFoundException("time off " + id);
        }
        return ResponseEntity.noContent().build();
    }

    private Therapist mine(SignedIn me) {
        return therapists
                .ownedBy(me.account(), "Only therapists have working hours.")
                .orElseThrow(() -> new NotFoundException("your therapist profile (make one first)"));
    }

    /** A JSON array of {day, opens, closes}; every bad entry named, overlaps on one day refused. */
    static WeeklyHours readHours(JsonNode body) {
        JsonInput input = new JsonInput();
        if (!body.isArray()) {
            input.problem("$", "must be a list of {\"day\": \"MONDAY\", \"opens\": \"09:00\", \"closes\": \"17:00\"}");
        }
        List<WorkingHoursForm.Given> given = new ArrayList<>();
        for (int i = 0; i < body.size(); i++) {
            JsonNode entry = body.get(i);
            String at = "[" + i + "]";
            given.add(new WorkingHoursForm.Given(
                    input.oneOf(DayOfWeek.class, entry, "day", at + ".day"),
                    input.line(entry, "opens", at + ".opens"),
                    input.line(entry, "closes", at + ".closes"),
                    at + ".opens",
                    at + ".closes"));
        }
        WeeklyHours hours = WorkingHoursForm.read(given, input);
        input.throwIfInvalid("working hours");
        return hours;
    }

    private static List<Period> view(WeeklyHours hours) {
        return hours.periods().stream()
                .map(period -> new Period(
                        period.day(), period.opens().toString(), period.closes().toString()))
                .toList();
    }

    private static TimeOffView view(Calendars.TimeOff block, Therapist therapist) {
        return new TimeOffView(
                block.id(),
                CourseView.local(block.start(), therapist.timeZone()),
                CourseView.local(block.end(), therapist.timeZone()),
                block.note());
    }
}
