package kneadwise.booking;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import kneadwise.system.JsonInput;
import org.jspecify.annotations.Nullable;

/**
 * The one reader of a therapist's weekly hours, for the API's JSON ({@code WorkingTimeApi}) and the schedule page's
 * form ({@code SchedulePages}) alike: times such as 09:00, closing after opening, no two periods of a day
 * overlapping. Each problem is named by the field the caller gave for it.
 */
final class WorkingHoursForm {

    /**
     * One period as given. {@code day} null means the caller has already named the problem with it; {@code opens}
     * and {@code closes} null mean missing (already named), and both blank mean "no period here" (an empty row).
     */
    record Given(
            @Nullable DayOfWeek day,
            @Nullable String opens,
            @Nullable String closes,
            String opensField,
            String closesField) {}

    private WorkingHoursForm() {}

    /** The hours, with every problem added to {@code input}; the caller throws when it is not valid. */
    static WeeklyHours read(List<Given> given, JsonInput input) {
        List<OpeningHours> periods = new ArrayList<>();
        for (Given period : given) {
            if (period.opens() != null
                    && period.closes() != null
                    && period.opens().isBlank()
                    && period.closes().isBlank()) {
                continue;
            }
            LocalTime opens = time(period.opens(), period.opensField(), input);
            LocalTime closes = time(period.closes(), period.closesField(), input);
            if (period.day() == null || opens == null || closes == null) {
                continue;
            }
            if (!closes.isAfter(opens)) {
                input.problem(period.closesField(), words(period.day()) + ": must close after it opens");
                continue;
            }
            OpeningHours hours = new OpeningHours(period.day(), opens, closes);
            if (periods.stream().anyMatch(hours::overlaps)) {
                input.problem(period.opensField(), words(period.day()) + ": overlaps another period of the day");
            } else {
                periods.add(hours);
            }
        }
        return new WeeklyHours(periods);
    }

    static String words(DayOfWeek day) {
        return day.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }

    private static @Nullable LocalTime time(@Nullable String text, String field, JsonInput input) {
        if (text == null) {
            return null;
        }
        try {
            return LocalTime.parse(text.strip());
        } catch (DateTimeParseException notATime) {
            return input.problem(field, "must be a time such as 09:00");
        }
    }
}
