package kneadwise.outcomes;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import kneadwise.assessment.Instrument;
import kneadwise.assessment.OswestryIndex;
import kneadwise.assessment.RolandMorrisScore;
import kneadwise.booking.CourseOutlines.CourseOutline;
import kneadwise.booking.CourseOutlines.SessionTime;
import kneadwise.checkin.FunctionQuestionnaires;
import kneadwise.system.InvalidInputException;
import kneadwise.system.JsonInput;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Reads one session's log (CONTRACT.md section 9) and checks it against the course: every bad field is named, and
 * nothing is stored from a log with any.
 */
final class LogForm {

    /** A session's log opens this long before it starts, so that pain can be logged before the massage. */
    static final Duration OPENS_BEFORE = Duration.ofHours(24);

    private LogForm() {}

    /**
     * @param instrument the course's function questionnaire when already fixed (by the check-in or an earlier log)
     */
    static SessionLog read(JsonNode body, CourseOutline course, @Nullable Instrument instrument, Instant now) {
        JsonInput input = new JsonInput();
        if (!body.isObject()) {
            input.problem("$", "must be an object with session, painNrs and sideEffects");
            throw new InvalidInputException("session log", input.problems());
        }
        Integer session = input.wholeNumber(body, "session", "session", 1, course.sessions());
        if (session != null) {
            checkOpen(course, session, now, input);
        }
        Integer pain = input.wholeNumber(body, "painNrs", "painNrs", 0, 10);
        List<SideEffect> sideEffects = sideEffects(body.get("sideEffects"), input);
        Instrument given = null;
        List<?> answers = null;
        BigDecimal score = null;
        boolean rmdqGiven = present(body, "rmdq");
        boolean odiGiven = present(body, "odi");
        if (rmdqGiven && odiGiven) {
            input.problem("odi", "give one function questionnaire, RMDQ or ODI, not both");
        } else if (rmdqGiven || odiGiven) {
            given = rmdqGiven ? Instrument.RMDQ : Instrument.ODI;
            String field = rmdqGiven ? "rmdq" : "odi";
            if (instrument != null && instrument != given) {
                input.problem(
                        field,
                        "this course measures function with the " + instrument.name()
                                + " (chosen at check-in or at the first session); answer that one");
            } else if (rmdqGiven) {
                List<Boolean> rmdq = FunctionQuestionnaires.rmdq(body.get("rmdq"), input);
                if (rmdq != null) {
                    answers = List.copyOf(rmdq);
                    score = BigDecimal.valueOf(RolandMorrisScore.of(rmdq).score());
                }
            } else {
                List<@Nullable Integer> odi = FunctionQuestionnaires.odi(body.get("odi"), input);
                if (odi != null) {
                    answers = Collections.unmodifiableList(new ArrayList<>(odi));
                    score = BigDecimal.valueOf(OswestryIndex.of(odi).percent()).setScale(1, RoundingMode.HALF_UP);
                }
            }
        }
        GlobalImpression impression = null;
        if (present(body, "globalImpression")) {
            impression = input.oneOf(GlobalImpression.class, body, "globalImpression", "globalImpression");
            if (session != null && session != course.sessions()) {
                input.problem(
                        "globalImpression",
                        "is asked only at the last session (" + course.sessions() + "), not at session " + session);
            }
        }
        if (!input.valid() || session == null || pain == null) {
            throw new InvalidInputException("session log", input.problems());
        }
        return new SessionLog(
                course.id(), session, pain, sideEffects, score == null ? null : given, answers, score, impression, now);
    }

    private static void checkOpen(CourseOutline course, int session, Instant now, JsonInput input) {
        SessionTime time = course.times().stream()
                .filter(t -> t.session() == session)
                .findFirst()
                .orElse(null);
        if (time == null || time.cancelled()) {
            input.problem("session", "session " + session + " was cancelled, so there is nothing to log");
        } else if (now.isBefore(time.start().minus(OPENS_BEFORE))) {
            input.problem(
                    "session",
                    "session " + session + " is on " + time.start() + "; its log opens 24 hours before it starts");
        }
    }

    /** A list of kinds ("SORENESS") or of objects with kind, severity and description; "NONE" alone means none. */
    private static List<SideEffect> sideEffects(@Nullable JsonNode node, JsonInput input) {
        if (node == null || node.isNull()) {
            return List.of();
        }
        if (!node.isArray()) {
            input.problem("sideEffects", "must be a list: [] or [\"NONE\"] when there were none");
            return List.of();
        }
        List<SideEffect> effects = new ArrayList<>();
        Set<SideEffect.Kind> seen = EnumSet.noneOf(SideEffect.Kind.class);
        boolean none = false;
        for (int i = 0; i < node.size(); i++) {
            String path = "sideEffects[" + i + "]";
            JsonNode item = node.get(i);
            if (item.isString() && "NONE".equals(item.asString())) {
                none = true;
                continue;
            }
            SideEffect effect = item.isObject() ? described(item, path, input) : kindOnly(item, path, input);
            if (effect != null && !seen.add(effect.kind())) {
                input.problem(path, effect.kind() + " is listed twice");
            } else if (effect != null) {
                effects.add(effect);
            }
        }
        if (none && !effects.isEmpty()) {
            input.problem("sideEffects", "NONE cannot be listed with side effects");
        }
        return effects;
    }

    private static @Nullable SideEffect kindOnly(JsonNode item, String path, JsonInput input) {
        SideEffect.Kind kind = input.oneOf(SideEffect.Kind.class, item, path);
        if (kind == SideEffect.Kind.OTHER) {
            return input.problem(path, "OTHER needs a description: {\"kind\": \"OTHER\", \"description\": \"...\"}");
        }
        return kind == null ? null : new SideEffect(kind, null, null);
    }

    private static @Nullable SideEffect described(JsonNode item, String path, JsonInput input) {
        SideEffect.Kind kind = input.oneOf(SideEffect.Kind.class, item, "kind", path + ".kind");
        SideEffect.Severity severity = present(item, "severity")
                ? input.oneOf(SideEffect.Severity.class, item, "severity", path + ".severity")
                : null;
        String description =
                present(item, "description") ? input.line(item, "description", path + ".description") : null;
        if (description != null && description.strip().length() > SideEffect.LONGEST_DESCRIPTION) {
            input.problem(path + ".description", "must be at most 200 characters");
        } else if (kind == SideEffect.Kind.OTHER && (description == null || description.isBlank())) {
            input.problem(path + ".description", "say what the side effect was");
        }
        return kind == null ? null : new SideEffect(kind, severity, description == null ? null : description.strip());
    }

    private static boolean present(JsonNode parent, String name) {
        JsonNode value = parent.get(name);
        return value != null && !value.isNull();
    }
}
