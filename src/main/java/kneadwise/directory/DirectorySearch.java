package kneadwise.directory;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * A directory search with each therapist's next possible course start. When the person asks for a course that
 * fits (a weekday, a time, a number of sessions), therapists without one are left out: the nearest candidates are
 * read in one batch (enough when one in ten fits) and, only if too few fit, the rest up to
 * {@link #MOST_CANDIDATES} in a second; their calendars are read {@link #CHUNK} therapists at a time until enough
 * fit.
 */
@Service
public class DirectorySearch {

    /** A found therapist; {@code nextCourseStart} is null when no course fits in the weeks booking looks at. */
    public record Found(TherapistMatch therapist, @Nullable ZonedDateTime nextCourseStart) {}

    /** Candidates read first: ten per result wanted, at least 200 (a query per page rescans the nearer ones). */
    static final int FIRST_BATCH = 200;

    static final int CHUNK = 40;
    static final int MOST_CANDIDATES = 1_240;

    private final Therapists therapists;
    private final CourseAvailability availability;

    DirectorySearch(Therapists therapists, CourseAvailability availability) {
        this.therapists = therapists;
        this.availability = availability;
    }

    public List<Found> find(TherapistSearch search, CourseWanted wanted) {
        if (!wanted.required()) {
            List<TherapistMatch> matches = therapists.search(search);
            Map<UUID, ZonedDateTime> starts = availability.nextCourseStarts(matches, wanted);
            return matches.stream()
                    .map(match -> new Found(match, starts.get(match.id())))
                    .toList();
        }
        List<Found> found = new ArrayList<>();
        int first = Math.min(MOST_CANDIDATES, Math.max(FIRST_BATCH, search.limit() * 10));
        for (int offset = 0, size = first;
                size > 0 && found.size() < search.limit();
                offset += size, size = MOST_CANDIDATES - offset) {
            List<TherapistMatch> candidates = therapists.search(search.withLimit(size), offset);
            // Calendars are read a chunk at a time, so that a common course stops after the first few.
            for (int from = 0; from < candidates.size() && found.size() < search.limit(); from += CHUNK) {
                List<TherapistMatch> chunk = candidates.subList(from, Math.min(candidates.size(), from + CHUNK));
                Map<UUID, ZonedDateTime> starts = availability.nextCourseStarts(chunk, wanted);
                for (TherapistMatch candidate : chunk) {
                    ZonedDateTime start = starts.get(candidate.id());
                    if (start != null && found.size() < search.limit()) {
                        found.add(new Found(candidate, start));
                    }
                }
            }
            if (candidates.size() < size) {
                break; // every therapist in the radius has been looked at
            }
        }
        return found;
    }
}
