package kneadwise.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import kneadwise.evidence.EvidenceBase;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.jspecify.annotations.Nullable;

/** Invariants of the engine over many generated people (jqwik). */
class AssessmentPropertiesTest {

    static final Set<Finding> RED_FLAGS = EnumSet.of(
            Finding.SADDLE_NUMBNESS,
            Finding.BLADDER_OR_BOWEL_CHANGE,
            Finding.PROGRESSIVE_LEG_WEAKNESS,
            Finding.HISTORY_OF_CANCER,
            Finding.UNEXPLAINED_WEIGHT_LOSS,
            Finding.FEVER_OR_CHILLS,
            Finding.IV_DRUG_USE,
            Finding.IMMUNOSUPPRESSION,
            Finding.RECENT_BACTERIAL_INFECTION,
            Finding.MAJOR_TRAUMA,
            Finding.CONSTANT_NIGHT_PAIN);

    final AssessmentEngine engine = new AssessmentEngine(EvidenceBase.bundled());

    @Property
    void addingAFindingNeverLowersTheLevelNorMakesTheUrgencyLessUrgent(
            @ForAll("findings") Set<Finding> findings,
            @ForAll Finding added,
            @ForAll("ages") int age,
            @ForAll long clearingSeed) {
        Set<Finding> more = EnumSet.noneOf(Finding.class);
        more.addAll(findings);
        more.add(added);
        // the same clearances on both sides: still valid after the addition, since rules only ever add reasons
        Set<String> cleared = someOf(SafetyTriage.clearable(findings, age), clearingSeed);

        Triage before = SafetyTriage.assess(findings, age, cleared);
        Triage after = SafetyTriage.assess(more, age, cleared);

        assertThat(after.level().isMoreSevereThan(before.level()) || after.level() == before.level())
                .isTrue();
        assertThat(after.urgency() == before.urgency()
                        || (after.urgency() != null && after.urgency().isMoreUrgentThan(before.urgency())))
                .as("%s then %s", before.urgency(), after.urgency())
                .isTrue();
    }

    @Property
    void clearingNeverRaisesTheLevelNorTheUrgency(
            @ForAll("findings") Set<Finding> findings, @ForAll("ages") int age, @ForAll long clearingSeed) {
        Set<String> clearable = SafetyTriage.clearable(findings, age);
        Set<String> some = someOf(clearable, clearingSeed);

        Triage none = SafetyTriage.assess(findings, age, Set.of());
        Triage partly = SafetyTriage.assess(findings, age, some);
        Triage all = SafetyTriage.assess(findings, age, clearable);

        assertThat(partly.level().isMoreSevereThan(none.level())).isFalse();
        assertThat(all.level().isMoreSevereThan(partly.level())).isFalse();
        assertThat(partly.urgency() != null && partly.urgency().isMoreUrgentThan(none.urgency()))
                .isFalse();
        assertThat(all.urgency() != null && all.urgency().isMoreUrgentThan(partly.urgency()))
                .isFalse();
        assertThat(all.reasons())
                .extracting(TriageReason::code)
                .isEqualTo(none.reasons().stream().map(TriageReason::code).toList());
    }

    /** A subset of the codes, chosen by the bits of a seed. */
    private static Set<String> someOf(Set<String> codes, long seed) {
        Set<String> some = new java.util.LinkedHashSet<>();
        int bit = 0;
        for (String code : codes) {
            if ((seed >>> (bit++ % 64) & 1) == 1) {
                some.add(code);
            }
        }
        return some;
    }

    @Property
    void neverAReasonableOptionWhenAnyRedFlagIsPresent(@ForAll("intakes") Intake intake) {
        Assessment assessment = engine.assess(intake);

        if (intake.findings().stream().anyMatch(RED_FLAGS::contains)) {
            assertThat(assessment.recommendation().massage()).isEqualTo(MassageAdvice.NOT_NOW);
            assertThat(assessment.plan()).isNull();
        }
        assertThat(assessment.recommendation().massage() == MassageAdvice.REASONABLE_OPTION)
                .isEqualTo(assessment.triage().reasons().isEmpty());
    }

    @Property
    void scoresStayInRange(@ForAll("intakes") Intake intake) {
        Scores scores = engine.assess(intake).scores();

        assertThat(scores.painNrs()).isBetween(0, 10);
        if (scores.startBack() != null) {
            assertThat(scores.startBack().total()).isBetween(0, 9);
            assertThat(scores.startBack().psychosocial())
                    .isBetween(0, 5)
                    .isLessThanOrEqualTo(scores.startBack().total());
        }
        if (scores.rmdq() != null) {
            assertThat(scores.rmdq().score()).isBetween(0, 24);
        }
        if (scores.odi() != null) {
            assertThat(scores.odi().percent()).isBetween(0.0, 100.0);
        }
    }

    @Property
    void thePlanExistsExactlyWhenMassageIsAdvisedNow(@ForAll("intakes") Intake intake) {
        Assessment assessment = engine.assess(intake);

        assertThat(assessment.plan() == null)
                .isEqualTo(assessment.recommendation().massage() == MassageAdvice.NOT_NOW);
    }

    @Provide
    Arbitrary<Set<Finding>> findings() {
        return Arbitraries.of(Finding.class).set().ofMaxSize(6);
    }

    @Provide
    Arbitrary<Integer> ages() {
        return Arbitraries.integers().between(Intake.MINIMUM_AGE, Intake.MAXIMUM_AGE);
    }

    @Provide
    Arbitrary<Intake> intakes() {
        Arbitrary<Intake> required = Combinators.combine(
                        ages(),
                        Arbitraries.doubles().between(0, Intake.MAXIMUM_DURATION_WEEKS),
                        Arbitraries.integers().between(0, 10),
                        findings())
                .as(Intake::of);
        return Combinators.combine(required, startBack().injectNull(0.3), rmdq().injectNull(0.5), odi().injectNull(0.5))
                .as(AssessmentPropertiesTest::withInstruments);
    }

    private static Intake withInstruments(
            Intake intake,
            @Nullable StartBackAnswers startBack,
            @Nullable List<Boolean> rmdq,
            @Nullable List<@Nullable Integer> odi) {
        Intake result = startBack == null ? intake : intake.withStartBack(startBack);
        result = rmdq == null ? result : result.withRmdq(rmdq);
        return odi == null ? result : result.withOdi(odi);
    }

    private static Arbitrary<StartBackAnswers> startBack() {
        Arbitrary<Boolean> b = Arbitraries.of(true, false);
        return Combinators.combine(b.list().ofSize(8), Arbitraries.of(Bothersomeness.class))
                .as((items, bother) -> new StartBackAnswers(
                        items.get(0),
                        items.get(1),
                        items.get(2),
                        items.get(3),
                        items.get(4),
                        items.get(5),
                        items.get(6),
                        items.get(7),
                        bother));
    }

    private static Arbitrary<List<Boolean>> rmdq() {
        return Arbitraries.of(true, false).list().ofSize(24);
    }

    private static Arbitrary<List<@Nullable Integer>> odi() {
        // Up to two sections unanswered, as the ODI allows.
        return Arbitraries.integers()
                .between(0, 5)
                .injectNull(0.1)
                .list()
                .ofSize(10)
                .filter(sections -> sections.stream().filter(s -> s == null).count() <= 2);
    }
}
