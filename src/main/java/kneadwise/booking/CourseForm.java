package kneadwise.booking;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import kneadwise.system.JsonInput;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.IntNode;

/**
 * The one reader of the course a patient asks for (when its first session starts, how many sessions, how many days
 * apart), for the API's JSON ({@code CoursesApi}) and the booking page's form ({@code BookingPages}) alike, with the
 * limits of {@link BookingRules}. Each problem is named by its field and added to the caller's {@link JsonInput}.
 */
final class CourseForm {

    static final String FIRST_SESSION_START = "firstSessionStart";
    static final String SESSIONS = "sessions";
    static final String EVERY_DAYS = "everyDays";

    /** A course as asked for; whether the therapist has those times is booking's question, not the form's. */
    record Wanted(OffsetDateTime firstSessionStart, int sessions, int everyDays) {}

    private CourseForm() {}

    /** From a JSON object; null when any field is missing or wrong (each named in {@code input}). */
    static @Nullable Wanted read(JsonNode body, JsonInput input) {
        OffsetDateTime first = input.dateTime(body, FIRST_SESSION_START, FIRST_SESSION_START);
        Integer sessions = input.wholeNumber(body, SESSIONS, SESSIONS, 1, BookingRules.MOST_SESSIONS);
        Integer everyDays = input.wholeNumber(body, EVERY_DAYS, EVERY_DAYS, 1, BookingRules.MOST_DAYS_APART);
        return first == null || sessions == null || everyDays == null ? null : new Wanted(first, sessions, everyDays);
    }

    /**
     * From the page: the start chosen among the offered times, and the two numbers as typed. The numbers are held to
     * the same limits, in the same words, as the API's.
     */
    static @Nullable Wanted read(String firstText, String sessionsText, String everyDaysText, JsonInput input) {
        OffsetDateTime first = null;
        try {
            first = OffsetDateTime.parse(firstText.strip());
        } catch (DateTimeParseException notATime) {
            input.problem(FIRST_SESSION_START, "choose a time for the first session");
        }
        Integer sessions = typed(sessionsText, SESSIONS, BookingRules.MOST_SESSIONS, input);
        Integer everyDays = typed(everyDaysText, EVERY_DAYS, BookingRules.MOST_DAYS_APART, input);
        return first == null || sessions == null || everyDays == null ? null : new Wanted(first, sessions, everyDays);
    }

    /** The chosen start alone, when it can be read, so that a refused form reopens on that day. */
    static @Nullable OffsetDateTime chosenStart(String firstText) {
        try {
            return OffsetDateTime.parse(firstText.strip());
        } catch (DateTimeParseException notATime) {
            return null;
        }
    }

    private static @Nullable Integer typed(String text, String field, int most, JsonInput input) {
        String digits = text.strip();
        // more than three digits cannot be in range, and would not fit an int
        JsonNode number = digits.matches("\\d{1,3}") ? IntNode.valueOf(Integer.parseInt(digits)) : IntNode.valueOf(-1);
        return input.wholeNumber(number, field, 1, most);
    }
}
