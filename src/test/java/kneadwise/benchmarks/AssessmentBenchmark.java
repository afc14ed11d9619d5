package kneadwise.benchmarks;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import kneadwise.assessment.Assessment;
import kneadwise.assessment.AssessmentEngine;
import kneadwise.assessment.Bothersomeness;
import kneadwise.assessment.Finding;
import kneadwise.assessment.Intake;
import kneadwise.assessment.StartBackAnswers;
import kneadwise.evidence.EvidenceBase;
import org.jspecify.annotations.Nullable;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The clinical engine alone: full assessments per second on one thread, every instrument given (STarT Back, RMDQ,
 * ODI), over a rotating set of people so that no single path is all that is measured. Run with
 * docs/benchmarks/run-jmh.sh.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class AssessmentBenchmark {

    private final AssessmentEngine engine = new AssessmentEngine(EvidenceBase.bundled());
    private final List<Intake> intakes = new ArrayList<>();
    private int next;

    @Setup
    public void createPeople() {
        List<Set<Finding>> findings = List.of(
                Set.of(),
                EnumSet.of(Finding.OSTEOPOROSIS),
                EnumSet.of(Finding.PREGNANCY, Finding.SKIN_PROBLEM_ON_BACK),
                EnumSet.of(Finding.HISTORY_OF_CANCER),
                EnumSet.of(Finding.MINOR_TRAUMA, Finding.LONG_TERM_STEROIDS),
                EnumSet.of(Finding.SADDLE_NUMBNESS));
        double[] weeks = {1, 8, 30};
        Bothersomeness[] bother = Bothersomeness.values();
        List<Boolean> rmdq = new ArrayList<>(Collections.nCopies(24, false));
        for (int i = 0; i < 24; i += 3) {
            rmdq.set(i, true);
        }
        List<@Nullable Integer> odi = new ArrayList<>(List.of(2, 1, 3, 2, 2, 1, 0, 2, 2, 1));
        odi.set(7, null);
        int person = 0;
        for (Set<Finding> set : findings) {
            for (double week : weeks) {
                boolean agree = person % 2 == 0;
                StartBackAnswers startBack = new StartBackAnswers(
                        agree, !agree, agree, true, agree, true, !agree, agree, bother[person % bother.length]);
                intakes.add(Intake.of(25 + person * 3, week, person % 11, set)
                        .withStartBack(startBack)
                        .withRmdq(rmdq)
                        .withOdi(odi));
                person++;
            }
        }
    }

    @Benchmark
    public Assessment fullAssessment() {
        Intake intake = intakes.get(next);
        next = next + 1 == intakes.size() ? 0 : next + 1;
        return engine.assess(intake);
    }
}
