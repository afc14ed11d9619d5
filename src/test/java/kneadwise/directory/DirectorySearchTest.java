package kneadwise.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.IntPredicate;
import org.junit.jupiter.api.Test;

/**
 * A search for a course that fits returns the nearest therapists who have it, whichever batch and chunk they are
 * in, never looks past {@link DirectorySearch#MOST_CANDIDATES}, and asks for calendars a chunk at a time.
 */
class DirectorySearchTest {

    private static final ZoneId ZONE = ZoneId.of("America/New_York");
    private static final CourseWanted TUESDAY_EVENINGS =
            new CourseWanted(DayOfWeek.TUESDAY, LocalTime.of(18, 0), 6, true);

    @Test
    void theNearestWithTheCourseAreFoundAcrossChunksAndBatches() {
        // one in 70 has the course: 3 in the first batch of 200, 15 in the second, more beyond the last candidate
        Directory directory = new Directory(1_500, number -> number % 70 == 0);

        List<DirectorySearch.Found> found = directory.search(20);

        List<Integer> expected = new ArrayList<>();
        for (int number = 0; number < DirectorySearch.MOST_CANDIDATES; number++) {
            if (number % 70 == 0) {
                expected.add(number);
            }
        }
        assertThat(found).extracting(f -> directory.numberOf(f.therapist())).containsExactlyElementsOf(expected);
        assertThat(directory.largestChunk).isLessThanOrEqualTo(DirectorySearch.CHUNK);
        assertThat(directory.lookedAt).isEqualTo(DirectorySearch.MOST_CANDIDATES);
    }

    @Test
    void aCommonCourseStopsAfterTheFirstChunk() {
        Directory directory = new Directory(1_500, number -> number % 2 == 0);

        List<DirectorySearch.Found> found = directory.search(20);

        assertThat(found)
                .extracting(f -> directory.numberOf(f.therapist()))
                .startsWith(0, 2, 4)
                .hasSize(20);
        assertThat(directory.calendarsAsked).isEqualTo(DirectorySearch.CHUNK);
    }

    @Test
    void fewerTherapistsThanTheLimitAreAllLookedAt() {
        Directory directory = new Directory(30, number -> number % 3 == 0);

        assertThat(directory.search(20)).hasSize(10);
        assertThat(directory.lookedAt).isEqualTo(30);
    }

    /** Therapists in a row, one more km away each; the availability says who has the course. */
    private static final class Directory extends Therapists implements CourseAvailability {

        private final List<TherapistMatch> all = new ArrayList<>();
        private final Map<UUID, Integer> numbers = new HashMap<>();
        private final IntPredicate hasCourse;
        int lookedAt;
        int largestChunk;
        int calendarsAsked;

        Directory(int count, IntPredicate hasCourse) {
            super(new org.springframework.jdbc.core.JdbcTemplate(), null);
            this.hasCourse = hasCourse;
            for (int number = 0; number < count; number++) {
                TherapistMatch match = new TherapistMatch(
                        UUID.randomUUID(), "T" + number, number, BigDecimal.TEN, List.of(), ZONE, 60);
                all.add(match);
                numbers.put(match.id(), number);
            }
        }

        List<DirectorySearch.Found> search(int limit) {
            TherapistSearch search =
                    new TherapistSearch(new GeoPoint(40.7, -74.0), 500, null, null, null, false, null, null, limit);
            return new DirectorySearch(this, this).find(search, TUESDAY_EVENINGS);
        }

        int numberOf(TherapistMatch match) {
            return numbers.get(match.id());
        }

        @Override
        public List<TherapistMatch> search(TherapistSearch search, int offset) {
            List<TherapistMatch> page =
                    all.subList(Math.min(offset, all.size()), Math.min(offset + search.limit(), all.size()));
            lookedAt += page.size();
            return page;
        }

        @Override
        public Map<UUID, ZonedDateTime> nextCourseStarts(List<TherapistMatch> therapists, CourseWanted wanted) {
            largestChunk = Math.max(largestChunk, therapists.size());
            calendarsAsked += therapists.size();
            Map<UUID, ZonedDateTime> starts = new HashMap<>();
            for (TherapistMatch therapist : therapists) {
                if (hasCourse.test(numberOf(therapist))) {
                    starts.put(therapist.id(), ZonedDateTime.of(2027, 3, 2, 18, 0, 0, 0, ZONE));
                }
            }
            return starts;
        }
    }
}
