package kneadwise.booking;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import kneadwise.system.FieldProblem;
import kneadwise.system.JsonInput;
import org.junit.jupiter.api.Test;

/** Time off's rules, shared by the API and the schedule page. */
class TimeOffFormTest {

    static final Instant NINE = Instant.parse("2027-03-02T14:00:00Z");
    static final Instant FIVE = Instant.parse("2027-03-02T22:00:00Z");

    @Test
    void aTimeOffEndsAfterItStartsAndItsNoteIsKeptStripped() {
        JsonInput fine = new JsonInput();
        assertThat(TimeOffForm.check(NINE, FIVE, "  Conference ", fine)).isEqualTo("Conference");
        assertThat(TimeOffForm.check(NINE, FIVE, "   ", fine)).isNull();
        assertThat(fine.valid()).isTrue();

        JsonInput broken = new JsonInput();
        TimeOffForm.check(FIVE, NINE, "x".repeat(501), broken);
        assertThat(broken.problems())
                .containsExactly(
                        new FieldProblem("end", "must be after the start"),
                        new FieldProblem("note", "must be at most 500 characters"));
    }
}
