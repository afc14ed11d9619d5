package kneadwise.outcomes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import kneadwise.assessment.Instrument;
import kneadwise.booking.CourseOutlines.CourseOutline;
import kneadwise.booking.CourseOutlines.SessionTime;
import kneadwise.system.FieldProblem;
import kneadwise.system.InvalidInputException;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** One session's log read from the API's JSON (the page's form becomes the same JSON): what is kept, what is refused. */
class LogFormTest {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final Instant FIRST = Instant.parse("2027-03-02T23:00:00Z");
    /** Three weekly sessions; the third is cancelled. */
    static final CourseOutline COURSE = course();

    @Test
    void aBaselineWithRolandMorrisIsScoredAndKept() {
        SessionLog log = read("""
                {"session": 1, "painNrs": 7, "sideEffects": ["NONE"],
                 "rmdq": [true, true, true, false, false, false, false, false, false, false, false, false,
                          false, false, false, false, false, false, false, false, false, false, false, true]}""", null, FIRST.minus(Duration.ofHours(2)));

        assertThat(log.session()).isEqualTo(1);
        assertThat(log.painNrs()).isEqualTo(7);
        assertThat(log.sideEffects()).isEmpty();
        assertThat(log.functionInstrument()).isEqualTo(Instrument.RMDQ);
        assertThat(log.function()).isEqualByComparingTo(new BigDecimal("4"));
        assertThat(log.recordedAt()).isEqualTo(FIRST.minus(Duration.ofHours(2)));
    }

    @Test
    void sideEffectsKeepTheirStrengthAndTheOtherOnesWords() {
        SessionLog log = read("""
                {"session": 2, "painNrs": 5,
                 "sideEffects": ["SORENESS", {"kind": "OTHER", "severity": "MILD", "description": "Tired"}]}""", Instrument.RMDQ, FIRST.plus(Duration.ofDays(8)));

        assertThat(log.sideEffects())
                .containsExactly(
                        new SideEffect(SideEffect.Kind.SORENESS, null, null),
                        new SideEffect(SideEffect.Kind.OTHER, SideEffect.Severity.MILD, "Tired"));
        assertThat(log.function()).as("not asked at session 2").isNull();
    }

    @Test
    void aLogTooEarlyForACancelledOrALaterSessionIsRefusedByName() {
        assertThat(problems("{\"session\": 2, \"painNrs\": 5, \"sideEffects\": []}", null, FIRST))
                .extracting(FieldProblem::message)
                .singleElement()
                .asString()
                .contains("its log opens 24 hours before it starts");
        assertThat(problems(
                        "{\"session\": 3, \"painNrs\": 5, \"sideEffects\": []}", null, FIRST.plus(Duration.ofDays(30))))
                .containsExactly(new FieldProblem("session", "session 3 was cancelled, so there is nothing to log"));
    }

    @Test
    void everyBadFieldIsNamedAtOnce() {
        assertThat(problems("""
                        {"session": 1, "painNrs": 11, "sideEffects": "sore", "odi": [1, 2, 3, 4, 5, 6, 7, 8, 9, 10],
                         "globalImpression": "MUCH_IMPROVED"}""", Instrument.RMDQ, FIRST))
                .extracting(FieldProblem::field)
                .containsExactlyInAnyOrder("painNrs", "sideEffects", "odi", "globalImpression");
        assertThat(problems("[]", null, FIRST)).extracting(FieldProblem::field).containsExactly("$");
        assertThat(problems("{\"session\": 1, \"painNrs\": 3, \"rmdq\": [], \"odi\": []}", null, FIRST))
                .extracting(FieldProblem::message)
                .contains("give one function questionnaire, RMDQ or ODI, not both");
    }

    private static SessionLog read(String json, Instrument instrument, Instant now) {
        return LogForm.read(JSON.readTree(json), COURSE, instrument, now);
    }

    private static List<FieldProblem> problems(String json, Instrument instrument, Instant now) {
        try {
            read(json, instrument, now);
        } catch (InvalidInputException invalid) {
            return invalid.problems();
        }
        throw new AssertionError("not refused: " + json);
    }

    private static CourseOutline course() {
        List<SessionTime> times = new ArrayList<>();
        for (int n = 1; n <= 3; n++) {
            Instant start = FIRST.plus(Duration.ofDays(7L * (n - 1)));
            times.add(new SessionTime(
                    n, start, start.plus(Duration.ofHours(1)), n == 3 ? start.minusSeconds(3600) : null));
        }
        return new CourseOutline(
                UUID.randomUUID(),
                UUID.randomUUID(),
                UUID.randomUUID(),
                null,
                "Dana",
                ZoneId.of("America/New_York"),
                3,
                times,
                true,
                7,
                FIRST.minus(Duration.ofDays(2)));
    }

    @Test
    void theGlobalImpressionIsForTheLastSessionOnly() {
        assertThat(problems(
                        "{\"session\": 2, \"painNrs\": 4, \"globalImpression\": \"NO_CHANGE\"}",
                        null,
                        FIRST.plus(Duration.ofDays(8))))
                .containsExactly(new FieldProblem(
                        "globalImpression", "is asked only at the last session (3), not at session 2"));
        assertThatThrownBy(() -> read("{\"session\": 4, \"painNrs\": 4}", null, FIRST))
                .isInstanceOf(InvalidInputException.class);
    }
}
