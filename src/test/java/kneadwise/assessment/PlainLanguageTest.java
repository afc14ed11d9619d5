package kneadwise.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import kneadwise.evidence.ClaimCheck;
import kneadwise.evidence.EvidenceBase;
import kneadwise.evidence.Statement;
import kneadwise.testing.ReadingGrade;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every text the engine can generate, collected over a grid of people: it reads at grade 9 or below (Flesch-Kincaid)
 * and never makes a claim of CLINICAL.md section 7 or repeats the wrong citation of section 8.
 */
class PlainLanguageTest {

    static final double HIGHEST_GRADE = 9.0;

    static final Set<String> TEXTS = new LinkedHashSet<>();

    @BeforeAll
    static void generateEveryText() {
        AssessmentEngine engine = new AssessmentEngine(EvidenceBase.bundled());
        List<Set<Finding>> findingSets = new ArrayList<>();
        findingSets.add(Set.of());
        for (Finding finding : Finding.values()) {
            findingSets.add(Set.of(finding));
        }
        findingSets.add(Set.of(Finding.PREGNANCY, Finding.SKIN_PROBLEM_ON_BACK, Finding.HISTORY_OF_ABUSE_OR_TRAUMA));
        findingSets.add(Set.of(Finding.RECENT_SURGERY, Finding.FRAGILE_SKIN, Finding.HEART_CONDITION));
        findingSets.add(Set.of(Finding.MINOR_TRAUMA, Finding.LONG_TERM_STEROIDS));
        List<@Nullable StartBackAnswers> risks =
                java.util.Arrays.asList(null, Patients.LOW_RISK, Patients.MEDIUM_RISK, Patients.HIGH_RISK);
        for (double weeks : new double[] {1, 8, 20}) {
            for (int age : new int[] {30, 55, 75}) {
                for (Set<Finding> findings : findingSets) {
                    for (StartBackAnswers risk : risks) {
                        Intake intake = Intake.of(age, weeks, 5, findings);
                        collect(engine.assess(risk == null ? intake : intake.withStartBack(risk)));
                    }
                }
            }
        }
        for (CourseRule.CheckpointAdvice advice : CourseRule.CheckpointAdvice.values()) {
            TEXTS.add(advice.message());
        }
        for (CourseRule.EndOfCourseAdvice advice : CourseRule.EndOfCourseAdvice.values()) {
            TEXTS.add(advice.message());
        }
    }

    private static void collect(Assessment assessment) {
        TEXTS.add(assessment.recommendation().summary());
        TEXTS.addAll(assessment.recommendation().combineWith());
        assessment.triage().reasons().forEach(reason -> TEXTS.add(reason.message()));
        assessment.evidence().stream().map(Statement::text).forEach(TEXTS::add);
        Answer answer = assessment.answer();
        Stream.of(
                        answer.safety(),
                        answer.startBack(),
                        answer.certainty(),
                        answer.sideEffects(),
                        answer.combineWith(),
                        answer.course(),
                        answer.techniques(),
                        answer.pressure(),
                        answer.cost(),
                        answer.ageNote(),
                        answer.expectedBenefit() == null
                                ? null
                                : answer.expectedBenefit().text())
                .filter(text -> text != null)
                .forEach(TEXTS::add);
    }

    @Test
    void theGridReachesEverySection() {
        assertThat(TEXTS).hasSizeGreaterThan(60);
    }

    @Test
    void everyTextReadsAtGradeNineOrBelow() {
        assertThat(TEXTS)
                .allSatisfy(text -> assertThat(ReadingGrade.of(text))
                        .as("reading grade of: %s", text)
                        .isLessThanOrEqualTo(HIGHEST_GRADE));
    }

    @Test
    void noTextMakesAClaimTheEvidenceDoesNotSupport() {
        ClaimCheck claims = EvidenceBase.bundled().claimCheck();

        assertThat(TEXTS)
                .allSatisfy(text -> assertThat(claims.check(text)).as(text).isEmpty());
    }

    @Test
    void noTextRepeatsTheWrongCitation() {
        assertThat(TEXTS).allSatisfy(text -> assertThat(text).doesNotContain("Boyd", "2423507"));
        assertThat(EvidenceBase.bundled().sources())
                .allSatisfy(source -> assertThat(source.citation()).doesNotContain("Boyd", "2423507"));
    }
}
