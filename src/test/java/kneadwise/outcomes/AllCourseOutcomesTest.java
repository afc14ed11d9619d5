package kneadwise.outcomes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import kneadwise.accounts.Account;
import kneadwise.accounts.AccountLookup;
import kneadwise.booking.AllCourseOutlines;
import kneadwise.booking.CourseOutlines.CourseOutline;
import kneadwise.checkin.CheckinHistory;
import kneadwise.checkin.IntakeExamples;
import kneadwise.demo.DemoOutcomeHistory;
import kneadwise.testing.FullStackTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * The export reads every course in batches ({@link AllCourseOutcomes}); a person's own reads take one course at a time
 * ({@link CourseOutcomes#view}, {@link CourseNotes#read}). For every course of a generated population, both give the
 * same sessions, logs, questionnaire, progress, due logs, notes and warnings.
 */
@FullStackTest
class AllCourseOutcomesTest {

    @Autowired
    DemoOutcomeHistory demo;

    @Autowired
    AllCourseOutcomes all;

    @Autowired
    CourseOutcomes outcomes;

    @Autowired
    CourseNotes notes;

    @Autowired
    AccountLookup accounts;

    @Autowired
    CheckinHistory checkins;

    @Autowired
    JdbcClient jdbc;

    static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void eachCourseIsWhatItsOwnReadersShow() {
        demo.add(7_000, 31, (logged, of) -> {}); // more courses than one batch
        // some clients have kept a check-in whose precautions their therapist's notes are read against
        jdbc.sql("SELECT DISTINCT patient_id FROM outcomes_session_note LIMIT 5")
                .query(UUID.class)
                .list()
                .forEach(client -> checkins.assessAndKeep(
                        accounts.find(client).orElseThrow(), JSON.readTree(IntakeExamples.WITH_OSTEOPOROSIS)));
        List<String> differences = new ArrayList<>();
        int[] seen = new int[4]; // courses, with notes, with a judged end, with precautions
        List<AllCourseOutcomes.Followed> streamed = new ArrayList<>();
        all.forEach(null, streamed::add); // read-only, as an export reads; the readers below audit each look
        for (AllCourseOutcomes.Followed followed : streamed) {
            CourseOutline course = followed.outcomes().course();
            Account patient = accounts.find(course.patientId()).orElseThrow();
            CourseOutcomes.View view = outcomes.view(patient, course.id());
            CourseNotes.Notes read = notes.read(patient, course.id());
            CourseOutcomes.View expected = new CourseOutcomes.View(
                    asTherapistSees(view.course()), view.instrument(), view.logs(), view.progress(), view.due());
            if (!expected.equals(followed.outcomes())) {
                differences.add(course.id() + " outcomes");
            }
            if (!new CourseNotes.Notes(asTherapistSees(read.course()), read.notes(), read.precautions())
                    .equals(followed.notes())) {
                differences.add(course.id() + " notes");
            }
            seen[0]++;
            seen[1] += followed.notes().notes().isEmpty() ? 0 : 1;
            seen[2] += followed.outcomes().progress().end() == null ? 0 : 1;
            seen[3] += followed.notes().precautions().isEmpty() ? 0 : 1;
        }
        // the notes alone, as the sessions' and notes' export reads them: the same, course by course
        List<CourseNotes.Notes> noted = new ArrayList<>();
        all.forEachWithNotes(null, noted::add);
        assertThat(noted)
                .containsExactlyElementsOf(
                        streamed.stream().map(AllCourseOutcomes.Followed::notes).toList());
        assertThat(differences).isEmpty();
        assertThat(seen[0]).as("more courses than one batch").isGreaterThan(AllCourseOutlines.BATCH);
        assertThat(seen[1]).isPositive();
        assertThat(seen[2]).isPositive();
        assertThat(seen[3]).isPositive();
    }

    /** The export reads a course as nobody in it: as its therapist would, not as its patient. */
    private static CourseOutline asTherapistSees(CourseOutline course) {
        return new CourseOutline(
                course.id(),
                course.patientId(),
                course.therapistId(),
                course.therapistAccountId(),
                course.therapistName(),
                course.timeZone(),
                course.sessions(),
                course.times(),
                false,
                course.everyDays(),
                course.bookedAt());
    }
}
