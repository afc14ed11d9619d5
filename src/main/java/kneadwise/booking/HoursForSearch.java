package kneadwise.booking;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Therapists' weekly hours kept in memory for the directory's "next course start": a search asks for the hours of
 * 20 to 1,240 therapists, and hours change rarely. A change made here is seen at once; one made on another server
 * within {@link #FRESH_FOR}. Booking itself always reads the hours from the database.
 */
@Component
class HoursForSearch {

    static final Duration FRESH_FOR = Duration.ofMinutes(5);
    static final long MOST_THERAPISTS = 500_000;

    private static final WeeklyHours NONE = new WeeklyHours(java.util.List.of());

    private final LoadingCache<UUID, WeeklyHours> hours;

    HoursForSearch(Calendars calendars) {
        this.hours = Caffeine.newBuilder()
                .maximumSize(MOST_THERAPISTS)
                .expireAfterWrite(FRESH_FOR)
                .build(new com.github.benmanes.caffeine.cache.CacheLoader<UUID, WeeklyHours>() {
                    @Override
                    public WeeklyHours load(UUID id) {
                        return calendars.hoursOf(id);
                    }

                    @Override
                    public Map<UUID, WeeklyHours> loadAll(Set<? extends UUID> ids) {
                        Map<UUID, WeeklyHours> found = new HashMap<>(calendars.hoursOf(ids));
                        ids.forEach(id -> found.putIfAbsent(id, NONE)); // no hours yet: remember that too
                        return found;
                    }
                });
    }

    /** The hours of each therapist; an empty week for those who have none. */
    Map<UUID, WeeklyHours> of(Collection<UUID> therapistIds) {
        return hours.getAll(therapistIds);
    }

    void forget(UUID therapistId) {
        hours.invalidate(therapistId);
    }
}
