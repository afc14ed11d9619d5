package kneadwise.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import kneadwise.evidence.ClaimCheck;
import kneadwise.evidence.EvidenceBase;
import kneadwise.evidence.Statement;
import kneadwise.testing.ReadingGrade;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every text the engine can generate, collected over a grid of people (with clearances, what matters to them, and
 * every course verdict): it reads at grade 9 or below (Flesch-Kincaid), never makes a claim of CLINICAL.md section 7
 * or repeats the wrong citation of section 8, and never uses the words section 5 (version 2) forbids.
 */
class PlainLanguageTest {

    static final double HIGHEST_GRADE = 9.0;

    static final Set<String> TEXTS = new LinkedHashSet<>();
    static final List<Assessment> ASSESSMENTS = new ArrayList<>();

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
        findingSets.add(Set.of(Finding.DEEP_VEIN_THROMBOSIS, Finding.RECENT_FRACTURE, Finding.FEVER_OR_CHILLS));
        List<@Nullable StartBackAnswers> risks =
                Arrays.asList(null, Patients.LOW_RISK, Patients.MEDIUM_RISK, Patients.HIGH_RISK);
        List<Set<WhatMatters>> wishes = new ArrayList<>();
        wishes.add(Set.of());
        for (WhatMatters wish : WhatMatters.values()) {
            wishes.add(Set.of(wish));
        }
        wishes.add(EnumSet.of(WhatMatters.LOW_COST, WhatMatters.HANDS_ON_CARE));
        wishes.add(EnumSet.allOf(WhatMatters.class));
        for (double weeks : new double[] {1, 8, 20}) {
            for (int age : new int[] {30, 55, 75}) {
                for (Set<Finding> findings : findingSets) {
                    for (StartBackAnswers risk : risks) {
                        for (int pain : new int[] {0, 5}) {
                            Intake intake = Intake.of(age, weeks, pain, findings);
                            intake = risk == null ? intake : intake.withStartBack(risk);
                            collect(engine.assess(intake));
                            collect(engine.assess(intake.withCleared(SafetyTriage.clearable(findings, age))));
                        }
                    }
                }
                for (Set<WhatMatters> wish : wishes) {
                    collect(engine.assess(Intake.of(age, weeks, 5, Set.of()).withWhatMatters(wish)));
                }
            }
        }
        collectCourseTexts();
    }

    /** Every checkpoint and end message over pain and function changes of every kind. */
    private static void collectCourseTexts() {
        int[][] pains = {{0, 0}, {0, 3}, {6, 2}, {2, 1}, {5, 5}, {9, 10}, {4, 8}};
        int[][] functions = {{12, 4}, {12, 12}, {12, 19}, {3, 2}, {0, 0}};
        for (int[] pain : pains) {
            ChangeEvaluation painChange = change(Instrument.NRS, pain);
            TEXTS.add(painChange.words());
            TEXTS.add(CourseRule.checkpointMessage(painChange, null));
            TEXTS.add(CourseRule.endMessage(painChange, null));
            for (int[] function : functions) {
                ChangeEvaluation functionChange = change(Instrument.RMDQ, function);
                TEXTS.add(functionChange.words());
                TEXTS.add(CourseRule.checkpointMessage(painChange, functionChange));
                TEXTS.add(CourseRule.endMessage(painChange, functionChange));
            }
        }
        TEXTS.add(AssessmentEngine.safetyNet());
    }

    private static ChangeEvaluation change(Instrument instrument, int[] scores) {
        return ChangeEvaluation.of(instrument, BigDecimal.valueOf(scores[0]), BigDecimal.valueOf(scores[1]));
    }

    private static void collect(Assessment assessment) {
        ASSESSMENTS.add(assessment);
        TEXTS.add(assessment.recommendation().summary());
        TEXTS.addAll(assessment.recommendation().combineWith());
        assessment.triage().reasons().forEach(reason -> TEXTS.add(reason.message()));
        assessment.evidence().stream().map(Statement::text).forEach(TEXTS::add);
        assessment.options().forEach(option -> TEXTS.add(option.option().summary()));
        personText(assessment).forEach(TEXTS::add);
    }

    /** The answer's own texts (the parts that are about this person), each a separate paragraph. */
    private static List<String> personText(Assessment assessment) {
        Answer answer = assessment.answer();
        return Stream.of(
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
                        answer.whatMatters(),
                        assessment.safetyNet(),
                        answer.expectedBenefit() == null
                                ? null
                                : answer.expectedBenefit().text())
                .filter(text -> text != null)
                .toList();
    }

    private static String allOf(Assessment assessment) {
        List<String> parts = new ArrayList<>(personText(assessment));
        parts.add(assessment.recommendation().summary());
        parts.addAll(assessment.recommendation().combineWith());
        assessment.triage().reasons().forEach(reason -> parts.add(reason.message()));
        return String.join(" ", parts);
    }

    @Test
    void theGridReachesEverySection() {
        assertThat(TEXTS).hasSizeGreaterThan(150);
        assertThat(ASSESSMENTS)
                .anySatisfy(a -> assertThat(a.answer().whatMatters()).isNotNull());
        assertThat(ASSESSMENTS).anySatisfy(a -> assertThat(a.triage().reasons()).anyMatch(TriageReason::cleared));
    }

    @Test
    void everyTextReadsAtGradeNineOrBelow() {
        // The safety net is CLINICAL.md section 2a's sentence word for word (grade 9.6); the document wins.
        assertThat(TEXTS.stream().filter(text -> !text.equals(AssessmentEngine.safetyNet())))
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

    /** Phrases CLINICAL.md section 5 (version 2) forbids anywhere a person reads. */
    static final List<Pattern> FORBIDDEN = Stream.of(
                    "without continued care", // no "fade without continued care"
                    "\\bfade",
                    "\\brough\\b", // the "1 point more" figure is said with its certainty, never as "rough"
                    "1\\.5 to 25", // side effects are "between 2 and 25 in every 100"
                    "1\\.5%",
                    "of every 100",
                    "risk of long-term problems", // STarT Back HIGH is support, not threat
                    "high risk",
                    "massage helped", // no sentence says massage caused an improvement
                    "helped you",
                    "thanks to (the )?massage",
                    "massage (worked|works) for you",
                    "\\bSMD\\b", // terms a person may not know, not used
                    "usual care")
            .map(regex -> Pattern.compile(regex, Pattern.CASE_INSENSITIVE))
            .toList();

    @Test
    void noTextUsesAForbiddenPhrase() {
        assertThat(TEXTS)
                .allSatisfy(text -> assertThat(FORBIDDEN)
                        .noneSatisfy(pattern -> assertThat(pattern.matcher(text).find())
                                .as("'%s' in: %s", pattern, text)
                                .isTrue()));
    }

    @Test
    void longTermBenefitIsOnlyDeniedAgainstNoTreatment() {
        Pattern denial =
                Pattern.compile("no (benefit|gain)[^.]*long|long[^.]*no (benefit|gain)", Pattern.CASE_INSENSITIVE);
        for (String text : TEXTS) {
            for (String sentence : text.split("(?<=[.!?])\\s+")) {
                if (denial.matcher(sentence).find()) {
                    assertThat(sentence)
                            .as("a long-term denial needs its qualifier")
                            .containsAnyOf("no treatment", "fake treatment");
                }
            }
        }
    }

    @Test
    void theOnePointFigureAlwaysComesWithItsCertaintyAndCherkinWithModest() {
        for (String text : TEXTS) {
            if (text.contains("1 point more")) {
                assertThat(text).as(text).contains("very unsure");
            }
            if (text.contains("2.9")) {
                assertThat(text).as(text).contains("modest");
            }
        }
    }

    @Test
    void heatIsNeverCalledLowQuality() {
        Pattern heatLow = Pattern.compile("heat[^.]*low[- ]quality|low[- ]quality[^.]*heat", Pattern.CASE_INSENSITIVE);
        for (String text : TEXTS) {
            for (String sentence : text.split("(?<=[.!?])\\s+")) {
                if (heatLow.matcher(sentence).find()) {
                    assertThat(sentence).as("heat is moderate quality").containsIgnoringCase("moderate");
                }
            }
        }
    }

    @Test
    void termsAPersonMayNotKnowAreExplainedAtTheirFirstUse() {
        for (String text : TEXTS) {
            for (String term : List.of("STarT Back", "myofascial release", "Rolfing")) {
                int at = text.indexOf(term);
                if (at >= 0) {
                    String after = text.substring(at + term.length(), Math.min(text.length(), at + term.length() + 12));
                    assertThat(after)
                            .as("'%s' explained at its first use in: %s", term, text)
                            .contains("(");
                }
            }
        }
    }

    @Test
    void mostBackPainSettlesOnlyForNewPain() {
        for (Assessment assessment : ASSESSMENTS) {
            if (allOf(assessment).toLowerCase(Locale.ROOT).contains("most back pain settles")) {
                assertThat(assessment.painPhase()).isEqualTo(PainPhase.ACUTE);
            }
        }
    }

    @Test
    void withTheAgeNoteNoHeadlineSaysNoWarningSigns() {
        for (Assessment assessment : ASSESSMENTS) {
            if (assessment.answer().ageNote() != null) {
                assertThat(assessment.answer().safety()).doesNotContainIgnoringCase("no warning signs");
            }
        }
    }
}
