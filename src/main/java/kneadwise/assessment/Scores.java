package kneadwise.assessment;

import org.jspecify.annotations.Nullable;

/** The instrument scores of one intake; an instrument not given is null. */
public record Scores(
        int painNrs,
        @Nullable StartBackScore startBack,
        @Nullable RolandMorrisScore rmdq,
        @Nullable OswestryIndex odi) {

    static Scores of(Intake intake) {
        return new Scores(
                intake.painNow(),
                intake.startBack() == null ? null : StartBackScore.of(intake.startBack()),
                intake.rmdq() == null ? null : RolandMorrisScore.of(intake.rmdq()),
                intake.odi() == null ? null : OswestryIndex.of(intake.odi()));
    }
}
