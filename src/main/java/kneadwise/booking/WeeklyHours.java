package kneadwise.booking;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A therapist's usual week. Sessions may start every {@link #STEP} from the start of an opening period, as long as
 * the whole session ends by its close (most booking systems offer half-hour starts whatever the session length).
 */
public record WeeklyHours(List<OpeningHours> periods) {

    static final Duration STEP = Duration.ofMinutes(30);

    public WeeklyHours {
        periods = periods.stream()
                .sorted(Comparator.comparing(OpeningHours::day).thenComparing(OpeningHours::opens))
                .toList();
    }

    /** The local start times of a session of this length on the given weekday, earliest first. */
    public List<LocalTime> startTimes(DayOfWeek day, Duration session) {
        List<LocalTime> starts = new ArrayList<>();
        for (OpeningHours period : periods) {
            if (period.day() != day) {
                continue;
            }
            long open = period.opens().toSecondOfDay();
            long close = period.closes().toSecondOfDay();
            for (long start = open; start + session.toSeconds() <= close; start += STEP.toSeconds()) {
                starts.add(LocalTime.ofSecondOfDay(start));
            }
        }
        return starts;
    }

    /** Whether a session starting at this local time on that weekday is a start time of these hours. */
    public boolean offers(DayOfWeek day, LocalTime start, Duration session) {
        long at = start.toSecondOfDay();
        for (OpeningHours period : periods) {
            long open = period.opens().toSecondOfDay();
            if (period.day() == day
                    && at >= open
                    && (at - open) % STEP.toSeconds() == 0
                    && at + session.toSeconds() <= period.closes().toSecondOfDay()) {
                return true;
            }
        }
        return false;
    }
}
