package kneadwise.fhir.export;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import java.io.StringWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import kneadwise.accounts.AllPatients;
import kneadwise.assessment.Instrument;
import kneadwise.booking.AllCourseOutlines;
import kneadwise.booking.CourseOutlines.CourseOutline;
import kneadwise.booking.CourseOutlines.SessionTime;
import kneadwise.demo.DemoOutcomeHistory;
import kneadwise.fhir.BulkJson;
import kneadwise.fhir.BulkResources;
import kneadwise.outcomes.AllCourseOutcomes;
import kneadwise.outcomes.AllSessionLogs;
import kneadwise.outcomes.SessionLog;
import kneadwise.testing.FullStackTest;
import org.hl7.fhir.r4.model.Appointment;
import org.hl7.fhir.r4.model.Goal;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The export writes JSON straight from the rows ({@link BulkJson}); the facade maps the same rows to HAPI's objects
 * ({@link BulkResources}). For every patient and session log of a generated population, the two give the same JSON,
 * so an exported resource is exactly the one the facade serves.
 */
@FullStackTest
class BulkJsonTest {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    DemoOutcomeHistory demo;

    @Autowired
    AllPatients patients;

    @Autowired
    AllSessionLogs logs;

    @Autowired
    AllCourseOutlines outlines;

    @Autowired
    AllCourseOutcomes courses;

    /** As the export writes lines: values one after another, each line's end written by hand. */
    static final JsonMapper LINES = JsonMapper.builder(tools.jackson.core.json.JsonFactory.builder()
                    .rootValueSeparator((String) null)
                    .build())
            .build();

    final IParser hapi = FhirContext.forR4Cached().newJsonParser();

    @Test
    void everyResourceIsWrittenAsHapiEncodesIt() {
        demo.add(600, 23, (logged, of) -> {});
        List<String> differences = new ArrayList<>();
        int[] compared = new int[6]; // patients, responses, observations, ODI, RMDQ, side effects
        patients.forEach(null, null, account -> {
            compare(BulkResources.patient(account), json(out -> BulkJson.patient(out, account)), differences);
            compared[0]++;
        });
        logs.forEach(null, null, owned -> {
            SessionLog log = owned.log();
            compare(
                    BulkResources.sessionLog(log, owned.patientId()),
                    json(out -> BulkJson.sessionLog(out, log, owned.patientId())),
                    differences);
            List<org.hl7.fhir.r4.model.Observation> scores = BulkResources.sessionScores(log, owned.patientId());
            compare(scores.getFirst(), json(out -> BulkJson.painScore(out, log, owned.patientId())), differences);
            assertThat(BulkJson.hasFunctionScore(log)).isEqualTo(scores.size() == 2);
            if (scores.size() == 2) {
                compare(scores.get(1), json(out -> BulkJson.functionScore(out, log, owned.patientId())), differences);
            }
            compared[1]++;
            compared[2] += scores.size();
            compared[3] += log.functionInstrument() == Instrument.ODI ? 1 : 0;
            compared[4] += log.functionInstrument() == Instrument.RMDQ ? 1 : 0;
            compared[5] += log.hadSideEffects() ? 1 : 0;
        });
        assertThat(differences).isEmpty();
        // the population has every kind of log the mapping tells apart
        assertThat(compared[0]).isGreaterThan(40);
        assertThat(compared[1]).isGreaterThanOrEqualTo(600);
        assertThat(compared[3]).isPositive();
        assertThat(compared[4]).isPositive();
        assertThat(compared[5]).isPositive();
    }

    @Test
    void everySessionIsWrittenAsHapiEncodesItsAppointment() {
        demo.add(300, 29, (logged, of) -> {});
        Instant now = Instant.now();
        List<CourseOutline> courses = new ArrayList<>();
        outlines.forEachBatch(null, courses::addAll);
        // and one course of every kind of session: cancelled, ended, still to come
        CourseOutline mixed = courses.getFirst();
        Instant booked = now.minus(Duration.ofDays(20));
        courses.add(new CourseOutline(
                UUID.randomUUID(),
                mixed.patientId(),
                mixed.therapistId(),
                null,
                "Dana \"Deep Tissue\" O'Neil", // a name that needs escaping
                mixed.timeZone(),
                3,
                List.of(
                        new SessionTime(
                                1,
                                booked.plus(Duration.ofDays(1)),
                                booked.plus(Duration.ofDays(1).plusHours(1)),
                                null),
                        new SessionTime(
                                2,
                                booked.plus(Duration.ofDays(8)),
                                booked.plus(Duration.ofDays(8).plusHours(1)),
                                booked.plus(Duration.ofDays(3))),
                        new SessionTime(
                                3,
                                now.plus(Duration.ofDays(2)),
                                now.plus(Duration.ofDays(2).plusHours(1)),
                                null)),
                false,
                7,
                booked));
        List<String> differences = new ArrayList<>();
        Set<String> statuses = new HashSet<>();
        int compared = 0;
        for (CourseOutline course : courses) {
            List<Appointment> mapped = BulkResources.appointments(course, now);
            for (int i = 0; i < course.times().size(); i++) {
                SessionTime session = course.times().get(i);
                compare(mapped.get(i), json(out -> BulkJson.appointment(out, course, session, now, null)), differences);
                statuses.add(mapped.get(i).getStatus().toCode());
                // with `since` a millisecond after its last change it is left out; at it, it is written
                Instant changed = mapped.get(i).getMeta().getLastUpdated().toInstant();
                assertThat(json(out -> BulkJson.appointment(out, course, session, now, changed.plusMillis(1))))
                        .isEmpty();
                assertThat(json(out -> BulkJson.appointment(out, course, session, now, changed)))
                        .isNotEmpty();
                compared++;
            }
        }
        assertThat(differences).isEmpty();
        assertThat(compared).isGreaterThanOrEqualTo(300);
        assertThat(statuses).containsExactlyInAnyOrder("fulfilled", "cancelled", "booked");
    }

    @Test
    void everyCoursesPlanAndGoalsAreWrittenAsHapiEncodesThem() {
        demo.add(400, 41, (logged, of) -> {});
        List<String> differences = new ArrayList<>();
        Set<String> kinds = new HashSet<>();
        courses.forEach(null, course -> {
            compare(BulkResources.carePlan(course), json(out -> BulkJson.carePlan(out, course, null)), differences);
            List<Goal> goals = BulkResources.goals(course);
            List<String> lines = new ArrayList<>();
            StringWriter text = new StringWriter();
            try (JsonGenerator out = LINES.createGenerator(text)) {
                BulkJson.goals(out, course, null, () -> {
                    out.writeRaw('\n');
                });
            }
            text.toString().lines().forEach(lines::add);
            assertThat(lines).hasSameSizeAs(goals);
            for (int i = 0; i < goals.size(); i++) {
                compare(goals.get(i), lines.get(i), differences);
                kinds.add(goals.get(i).getIdPart().replaceAll(".*-", "") + " "
                        + goals.get(i)
                                .getAchievementStatus()
                                .getCodingFirstRep()
                                .getCode());
            }
            kinds.add(BulkResources.carePlan(course).getStatus().toCode() + " plan with "
                    + BulkResources.carePlan(course).getNote().size() + " notes");
            // since: left out a millisecond after the course's last change, written at it
            Instant changed =
                    BulkResources.carePlan(course).getMeta().getLastUpdated().toInstant();
            assertThat(json(out -> BulkJson.carePlan(out, course, changed.plusMillis(1))))
                    .isEmpty();
            assertThat(json(out -> BulkJson.carePlan(out, course, changed))).isNotEmpty();
        });
        assertThat(differences).isEmpty();
        assertThat(kinds).as("goals judged and plans ended both ways").hasSizeGreaterThan(3);
    }

    private void compare(Resource mapped, String written, List<String> differences) {
        JsonNode expected = JSON.readTree(hapi.encodeResourceToString(mapped));
        JsonNode actual = JSON.readTree(written);
        if (!expected.equals(actual)) {
            differences.add("expected " + expected + "\n     got " + actual);
        }
    }

    private static String json(java.util.function.Consumer<JsonGenerator> write) {
        StringWriter text = new StringWriter();
        try (JsonGenerator out = JSON.createGenerator(text)) {
            write.accept(out);
        }
        return text.toString();
    }
}
