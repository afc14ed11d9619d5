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
 * fits (a weekday, a time, a number of sessions), therapists without one are left out: candidates are read
 * nearest first in growing pages until enough fit, looking at most at {@link #MOST_CANDIDATES} of them.
 */
@Service
public class DirectorySearch {

    /** A found therapist; {@code nextCourseStart} is null when no course fits in the weeks booking looks at. */
    public record Found(TherapistMatch therapist, @Nullable ZonedDateTime nextCourseStart) {}

    static final int FIRST_PAGE = 40;
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
        int page = Math.max(FIRST_PAGE, search.limit() * 2);
        for (int offset = 0; offset < MOST_CANDIDATES && found.size() < search.limit(); ) {
            int size = Math.min(page, MOST_CANDIDATES - offset);
            List<TherapistMatch> candidates = therapists.search(search.withLimit(size), offset);
            Map<UUID, ZonedDateTime> starts = availability.nextCourseStarts(candidates, wanted);
            for (TherapistMatch candidate : candidates) {
                ZonedDateTime start = starts.get(candidate.id());
                if (start != null && found.size() < search.limit()) {
                    found.add(new Found(candidate, start));
                }
            }
            if (candidates.size() < size) {
                break;
            }
            offset += size;
            page *= 2;
        }
        return found;
    }
}
