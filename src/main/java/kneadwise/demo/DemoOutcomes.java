package kneadwise.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import kneadwise.assessment.Instrument;
import kneadwise.assessment.OswestryIndex;
import kneadwise.assessment.RolandMorrisScore;
import kneadwise.booking.CourseOutlines.SessionTime;
import kneadwise.demo.DemoCourseHistory.FinishedCourse;
import kneadwise.directory.Technique;
import kneadwise.directory.Therapist;
import kneadwise.outcomes.BodyRegion;
import kneadwise.outcomes.CourseProgress;
import kneadwise.outcomes.GlobalImpression;
import kneadwise.outcomes.SessionLog;
import kneadwise.outcomes.SessionNote;
import kneadwise.outcomes.SideEffect;
import org.jspecify.annotations.Nullable;

/**
 * Made-up logs and notes of a finished course, for {@code ./kneadwise demo-outcomes}. About half of the courses
 * help clearly (pain down 2 to 5 points), a third change little, one in eight end worse; function follows pain with
 * its own noise; about 3% of massages leave soreness and 0.6% bruising. Scores come from the questionnaires' own
 * scoring of made-up answers, as a person's would. Nothing here is a real person or a clinical finding.
 */
public final class DemoOutcomes {

    private static final int RMDQ_ITEMS = 24;
    private static final int ODI_SECTIONS = 10;

    private final Random random;

    public DemoOutcomes(Random random) {
        this.random = random;
    }

    /** One log per session: the baseline before session 1, the others after their massage. */
    public List<SessionLog> logs(FinishedCourse course) {
        // One questionnaire per person, as chosen at check-in.
        Instrument instrument =
                (course.patientId().getLeastSignificantBits() & 1) == 0 ? Instrument.RMDQ : Instrument.ODI;
        int sessions = course.times().size();
        int pain = 4 + random.nextInt(6);
        int outcome = random.nextInt(100);
        int painChange = outcome < 48
                ? -(2 + random.nextInt(4))
                : outcome < 82 ? random.nextInt(3) - 1 : outcome < 88 ? -1 : 1 + random.nextInt(3);
        int endPain = Math.clamp(pain + painChange, 0, 10);
        double function = instrument == Instrument.RMDQ ? 6 + random.nextInt(13) : 20 + random.nextInt(41);
        double perPainPoint = instrument == Instrument.RMDQ ? 2.0 : 5.0;
        double functionChange = painChange * perPainPoint + random.nextGaussian() * perPainPoint;
        List<SessionLog> logs = new ArrayList<>(sessions);
        for (SessionTime time : course.times()) {
            int n = time.session();
            double along = (n - 1) / (double) (sessions - 1);
            int painNow = n == 1
                    ? pain
                    : n == sessions
                            ? endPain
                            : Math.clamp(Math.round(pain + painChange * along + random.nextGaussian() * 0.7), 0, 10);
            List<?> answers = null;
            BigDecimal score = null;
            if (CourseProgress.asksFunction(n, sessions)) {
                double target = function + functionChange * along;
                if (instrument == Instrument.RMDQ) {
                    List<Boolean> rmdq = rmdqAnswers((int) Math.round(target));
                    answers = rmdq;
                    score = BigDecimal.valueOf(RolandMorrisScore.of(rmdq).score());
                } else {
                    List<@Nullable Integer> odi = odiAnswers((int) Math.round(target / 2));
                    answers = odi;
                    score = BigDecimal.valueOf(OswestryIndex.of(odi).percent()).setScale(1, RoundingMode.HALF_UP);
                }
            }
            Instant recorded = n == 1
                    ? time.start().minusSeconds(3600L * (1 + random.nextInt(20)))
                    : time.end().plusSeconds(60L * (10 + random.nextInt(290)));
            logs.add(new SessionLog(
                    course.id(),
                    n,
                    painNow,
                    n == 1 ? List.of() : sideEffects(),
                    answers == null ? null : instrument,
                    answers,
                    score,
                    n == sessions ? impression(endPain - pain) : null,
                    recorded));
        }
        return logs;
    }

    /** The therapist's notes of the first and the last session, with one or two of the techniques they offer. */
    public List<SessionNote> notes(FinishedCourse course, Therapist therapist) {
        List<Technique> offered = new ArrayList<>(therapist.techniques());
        Collections.shuffle(offered, random);
        List<Technique> used = offered.subList(0, Math.min(offered.size(), 1 + random.nextInt(2)));
        SessionNote.Pressure pressure = switch (random.nextInt(5)) {
            case 0 -> SessionNote.Pressure.LIGHT;
            case 1 -> SessionNote.Pressure.FIRM;
            default -> SessionNote.Pressure.MEDIUM;
        };
        List<BodyRegion> regions = random.nextBoolean()
                ? List.of(BodyRegion.LOWER_BACK_LEFT, BodyRegion.LOWER_BACK_RIGHT)
                : List.of(
                        BodyRegion.LOWER_BACK_LEFT,
                        BodyRegion.LOWER_BACK_RIGHT,
                        BodyRegion.SACRUM,
                        BodyRegion.HIP_LEFT);
        int minutes = Math.max(5, therapist.sessionMinutes() - 10);
        SessionTime first = course.times().getFirst();
        SessionTime last = course.times().getLast();
        return List.of(
                new SessionNote(
                        course.id(),
                        first.session(),
                        "Low back pain for some weeks, worse when sitting.",
                        regions,
                        used,
                        pressure,
                        minutes,
                        "Tolerated well.",
                        "Weekly sessions; walk daily.",
                        first.end().plusSeconds(900)),
                new SessionNote(
                        course.id(),
                        last.session(),
                        "Last session of the course.",
                        regions,
                        used,
                        pressure,
                        minutes,
                        "Tolerated well.",
                        "Keep active; come back if the pain returns.",
                        last.end().plusSeconds(900)));
    }

    private List<Boolean> rmdqAnswers(int score) {
        List<Boolean> answers = new ArrayList<>(RMDQ_ITEMS);
        for (int i = 0; i < RMDQ_ITEMS; i++) {
            answers.add(i < Math.clamp(score, 0, RMDQ_ITEMS));
        }
        Collections.shuffle(answers, random);
        return answers;
    }

    /** Ten sections of 0-5 adding up to {@code points} (the index is points out of 50). */
    private List<@Nullable Integer> odiAnswers(int points) {
        int[] sections = new int[ODI_SECTIONS];
        for (int left = Math.clamp(points, 0, 5 * ODI_SECTIONS); left > 0; ) {
            int section = random.nextInt(ODI_SECTIONS);
            if (sections[section] < 5) {
                sections[section]++;
                left--;
            }
        }
        List<@Nullable Integer> answers = new ArrayList<>(ODI_SECTIONS);
        for (int section : sections) {
            answers.add(section);
        }
        return answers;
    }

    private List<SideEffect> sideEffects() {
        int roll = random.nextInt(1000);
        if (roll < 30) {
            return List.of(new SideEffect(
                    SideEffect.Kind.SORENESS,
                    roll < 8 ? SideEffect.Severity.MODERATE : SideEffect.Severity.MILD,
                    null));
        }
        if (roll < 36) {
            return List.of(new SideEffect(SideEffect.Kind.BRUISING, SideEffect.Severity.MILD, null));
        }
        return List.of();
    }

    private static GlobalImpression impression(int painChange) {
        if (painChange <= -4) {
            return GlobalImpression.VERY_MUCH_IMPROVED;
        }
        return switch (painChange) {
            case -3, -2 -> GlobalImpression.MUCH_IMPROVED;
            case -1 -> GlobalImpression.MINIMALLY_IMPROVED;
            case 0 -> GlobalImpression.NO_CHANGE;
            case 1 -> GlobalImpression.MINIMALLY_WORSE;
            default -> GlobalImpression.MUCH_WORSE;
        };
    }
}
