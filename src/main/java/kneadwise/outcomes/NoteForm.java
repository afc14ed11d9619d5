package kneadwise.outcomes;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import kneadwise.booking.CourseOutlines.CourseOutline;
import kneadwise.directory.Technique;
import kneadwise.system.InvalidInputException;
import kneadwise.system.JsonInput;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/** Reads a session note (JSON, or the note page's form turned into JSON); every bad field is named. */
final class NoteForm {

    static final int LONGEST_TEXT = 2000;

    private NoteForm() {}

    static SessionNote read(JsonNode body, CourseOutline course, int session, Instant now) {
        JsonInput input = new JsonInput();
        if (!body.isObject()) {
            input.problem("$", "must be an object with regions, techniques, pressure, minutes, response and plan");
            throw new InvalidInputException("session note", input.problems());
        }
        if (session < 1 || session > course.sessions()) {
            input.problem("session", "this course has sessions 1 to " + course.sessions());
        } else {
            checkHeld(course, session, now, input);
        }
        String subjective = text(body, "subjective", input, false);
        List<BodyRegion> regions = list(BodyRegion.class, body, "regions", input);
        List<Technique> techniques = list(Technique.class, body, "techniques", input);
        SessionNote.Pressure pressure = input.oneOf(SessionNote.Pressure.class, body, "pressure", "pressure");
        Integer minutes = input.wholeNumber(body, "minutes", "minutes", 5, 240);
        String response = text(body, "response", input, true);
        String plan = text(body, "plan", input, true);
        if (!input.valid() || pressure == null || minutes == null) {
            throw new InvalidInputException("session note", input.problems());
        }
        return new SessionNote(
                course.id(), session, subjective, regions, techniques, pressure, minutes, response, plan, now);
    }

    /** A note is of a session that was held: not cancelled, and started. */
    private static void checkHeld(CourseOutline course, int session, Instant now, JsonInput input) {
        course.times().stream()
                .filter(time -> time.session() == session)
                .findFirst()
                .ifPresent(time -> {
                    if (time.cancelled()) {
                        input.problem("session", "session " + session + " was cancelled");
                    } else if (now.isBefore(time.start())) {
                        input.problem("session", "session " + session + " has not started yet (" + time.start() + ")");
                    }
                });
    }

    private static String text(JsonNode body, String name, JsonInput input, boolean required) {
        JsonNode value = body.get(name);
        if (!required && (value == null || value.isNull())) {
            return "";
        }
        String text = input.string(body, name, name);
        if (text == null) {
            return "";
        }
        if (text.strip().length() > LONGEST_TEXT) {
            input.problem(name, "must be at most 2000 characters");
        } else if (required && text.isBlank()) {
            input.problem(name, "is required");
        }
        return text.strip();
    }

    private static <E extends Enum<E>> List<E> list(Class<E> type, JsonNode body, String name, JsonInput input) {
        JsonNode node = body.get(name);
        if (node == null || !node.isArray() || node.isEmpty()) {
            input.problem(name, "choose at least one");
            return List.of();
        }
        Set<E> chosen = new LinkedHashSet<>();
        for (int i = 0; i < node.size(); i++) {
            @Nullable E value = input.oneOf(type, node.get(i), name + "[" + i + "]");
            if (value != null) {
                chosen.add(value);
            }
        }
        return new ArrayList<>(chosen);
    }
}
