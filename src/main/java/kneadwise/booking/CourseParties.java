package kneadwise.booking;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import kneadwise.accounts.AccountDeleted;
import kneadwise.directory.Therapists;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Who is in a course, kept in memory: enough to decide who may see one of its records (a session's pain score read
 * by a FHIR client) without reading the course. A course's patient and therapist never change, nor does the account
 * a therapist's profile belongs to; a course goes only when one of them deletes their account, which this node
 * forgets at once and another node within {@link #KEPT_FOR}. Ids only, never health data.
 */
@Component
class CourseParties {

    /** The patient, the practice, and the account that runs it (none for a directory-only profile). */
    record Parties(
            UUID patientId, UUID therapistId, @Nullable UUID therapistAccountId) {}

    static final Duration KEPT_FOR = Duration.ofMinutes(5);
    static final long MOST_COURSES = 100_000;

    private final Cache<UUID, Parties> known = Caffeine.newBuilder()
            .expireAfterWrite(KEPT_FOR)
            .maximumSize(MOST_COURSES)
            .build();
    private final Courses courses;
    private final Therapists therapists;

    CourseParties(Courses courses, Therapists therapists) {
        this.courses = courses;
        this.therapists = therapists;
    }

    /** The course's parties; empty when the course (or its practice) does not exist. Courses not found are not kept. */
    Optional<Parties> of(UUID courseId) {
        Parties remembered = known.getIfPresent(courseId);
        if (remembered != null) {
            return Optional.of(remembered);
        }
        Optional<Parties> found = courses.membersOf(courseId)
                .flatMap(course -> therapists
                        .find(course.therapistId())
                        .map(therapist -> new Parties(course.patientId(), therapist.id(), therapist.accountId())));
        found.ifPresent(parties -> known.put(courseId, parties));
        return found;
    }

    /** A deleted account takes its courses with it (the tables cascade): forget every course it was a party to. */
    @TransactionalEventListener(fallbackExecution = true)
    void onDeleted(AccountDeleted deleted) {
        UUID account = deleted.accountId();
        known.asMap()
                .values()
                .removeIf(
                        parties -> parties.patientId().equals(account) || account.equals(parties.therapistAccountId()));
    }
}
