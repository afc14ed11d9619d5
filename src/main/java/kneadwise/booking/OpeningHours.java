package kneadwise.booking;

import java.time.DayOfWeek;
import java.time.LocalTime;

/** One opening period of a weekday in the therapist's own time zone, such as Tuesday 09:00 to 13:00. */
public record OpeningHours(DayOfWeek day, LocalTime opens, LocalTime closes) {

    public OpeningHours {
        if (!closes.isAfter(opens)) {
            throw new IllegalArgumentException("closes must be after opens: " + opens + "-" + closes);
        }
    }

    boolean overlaps(OpeningHours other) {
        return day == other.day && opens.isBefore(other.closes) && other.opens.isBefore(closes);
    }
}
