package kneadwise.checkin;

/** Intakes as JSON, for tests of other modules. */
public final class IntakeExamples {

    private IntakeExamples() {}

    /** CONTRACT.md section 3's example, every instrument given: chronic, osteoporosis, medium risk. */
    public static final String WITH_OSTEOPOROSIS = IntakeReaderTest.FULL;
}
