package kneadwise.checkin;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import kneadwise.assessment.Assessment;
import kneadwise.assessment.BenefitComparison;
import kneadwise.assessment.ExpectedBenefit;
import kneadwise.assessment.OptionForYou;
import kneadwise.assessment.OswestryIndex;
import kneadwise.assessment.RolandMorrisScore;
import kneadwise.assessment.StartBackScore;
import kneadwise.assessment.Triage;
import kneadwise.assessment.TriageLevel;
import kneadwise.assessment.Urgency;
import kneadwise.assessment.WhatMatters;
import kneadwise.evidence.Certainty;
import kneadwise.evidence.EvidenceBase;
import kneadwise.evidence.Source;
import kneadwise.evidence.Statement;
import org.jspecify.annotations.Nullable;

/**
 * What the answer pages show for one assessment: the engine's results, with the sources numbered once for the whole
 * page and the expected benefit laid out as a picture.
 */
record AnswerView(
        Assessment assessment,
        CheckinDraft draft,
        String levelTitle,
        List<EvidenceItem> evidence,
        List<NumberedSource> sources,
        @Nullable BenefitPicture picture,
        String updatePolicy,
        List<OptionItem> options) {

    /** A statement with the numbers of its sources in the page's list. */
    record EvidenceItem(Statement statement, List<Integer> sourceNumbers) {}

    /** A treatment option (CLINICAL.md 5a) with the numbers of its sources in the page's list. */
    record OptionItem(OptionForYou choice, List<Integer> sourceNumbers) {}

    /** One wish of the values step, as a checkbox. */
    record Wish(String name, String words, boolean chosen) {}

    record NumberedSource(int number, Source source) {
        public @Nullable String link() {
            return source.doi() != null ? "https://doi.org/" + source.doi() : source.url();
        }
    }

    /**
     * Bars on a 0 to {@link #SCALE_POINTS} point scale, each the extra pain relief from massage against one
     * comparison, with a line at the change most people notice (Ostelo 2008: 2 points on the 0-10 scale).
     */
    record BenefitPicture(List<Bar> bars, int noticeableAt, int ostelo) {
        static final int SCALE_POINTS = 5;
        static final int WIDTH = 360; // leaves room for labels at a size a phone can read

        public List<Integer> ticks() {
            List<Integer> ticks = new ArrayList<>();
            for (int point = 0; point <= SCALE_POINTS; point++) {
                ticks.add(point);
            }
            return ticks;
        }

        public int x(double points) {
            return (int) Math.round(points / SCALE_POINTS * WIDTH);
        }
    }

    /** One comparison: "about 1.5 points less pain than with no treatment". */
    record Bar(String label, double points, int width) {
        public String pointsText() {
            return points == Math.rint(points) ? String.valueOf((int) points) : String.valueOf(points);
        }
    }

    static final double NOTICEABLE_PAIN_CHANGE = 2;

    static AnswerView of(Assessment assessment, CheckinDraft draft, EvidenceBase evidenceBase) {
        Map<String, Integer> numbers = new LinkedHashMap<>();
        List<NumberedSource> sources = new ArrayList<>();
        List<EvidenceItem> evidence = new ArrayList<>();
        for (Statement statement : assessment.evidence()) {
            List<Integer> cited = new ArrayList<>();
            for (Source source : statement.sources()) {
                cited.add(number(source, numbers, sources));
            }
            evidence.add(new EvidenceItem(statement, cited));
        }
        List<OptionItem> options = new ArrayList<>();
        for (OptionForYou choice : assessment.options()) {
            List<Integer> cited = new ArrayList<>();
            for (Source source : choice.option().sources()) {
                cited.add(number(source, numbers, sources));
            }
            options.add(new OptionItem(choice, cited));
        }
        BenefitPicture picture = picture(assessment.answer().expectedBenefit(), evidenceBase, numbers, sources);
        for (String extra : extraSources(assessment)) {
            evidenceBase.sources().stream()
                    .filter(source -> source.id().equals(extra))
                    .findFirst()
                    .ifPresent(source -> number(source, numbers, sources));
        }
        return new AnswerView(
                assessment,
                draft,
                levelTitle(assessment.triage()),
                evidence,
                sources,
                picture,
                evidenceBase.updatePolicy(),
                options);
    }

    /** The values step's choices (CLINICAL.md 5a), ticked as the person left them. */
    public List<Wish> wishes() {
        Set<WhatMatters> chosen = draft.whatMatters() == null ? Set.of() : draft.whatMatters();
        return Arrays.stream(WhatMatters.values())
                .map(wish -> new Wish(wish.name(), wishWords(wish), chosen.contains(wish)))
                .toList();
    }

    private static String wishWords(WhatMatters wish) {
        return switch (wish) {
            case LOW_COST -> "Keeping the cost low";
            case LITTLE_TIME -> "Spending little time on it";
            case HANDS_ON_CARE -> "Care given by someone's hands";
            case DOING_IT_MYSELF -> "Things I can do myself, such as exercise";
            case NOT_BEING_TOUCHED -> "Not being touched";
        };
    }

    /** How soon, in words, for the see-a-doctor page and the doctor's summary (CLINICAL.md 2a). */
    public String urgencyWords() {
        Urgency urgency = assessment.triage().urgency();
        if (urgency == null) {
            return "";
        }
        return switch (urgency) {
            case EMERGENCY_NOW -> "Now: call 911 or go to an emergency department";
            case TODAY -> "Today: see a doctor or urgent care today";
            case WITHIN_A_WEEK -> "Within days: see a doctor in the next few days, sooner if it gets worse";
            case BEFORE_MASSAGE -> "Before massage: ask your doctor, surgeon or prescriber before booking";
        };
    }

    /** The number of a source in the page's list, or 0 when the page does not cite it. */
    public int sourceNumber(String id) {
        return sources.stream()
                .filter(numbered -> numbered.source().id().equals(id))
                .mapToInt(NumberedSource::number)
                .findFirst()
                .orElse(0);
    }

    public @Nullable StartBackScore startBack() {
        return assessment.scores().startBack();
    }

    public @Nullable RolandMorrisScore rmdq() {
        return assessment.scores().rmdq();
    }

    public @Nullable OswestryIndex odi() {
        return assessment.scores().odi();
    }

    /** What the person ticked, in their words, warning signs first. */
    public List<String> findingsInWords() {
        List<String> words = new ArrayList<>();
        for (CheckinQuestions.Sign sign : CheckinQuestions.WARNING_SIGNS) {
            if (draft.warningSigns() != null && draft.warningSigns().contains(sign.finding())) {
                words.add(sign.text());
            }
        }
        for (CheckinQuestions.Sign sign : CheckinQuestions.NEEDS_CARE) {
            if (draft.needsCare() != null && draft.needsCare().contains(sign.finding())) {
                words.add(sign.text());
            }
        }
        return words;
    }

    public String durationWords() {
        Integer amount = draft.durationAmount();
        CheckinDraft.DurationUnit unit = draft.durationUnit();
        if (amount == null || unit == null) {
            return "";
        }
        String name = unit.name().toLowerCase(Locale.ROOT);
        return amount + " " + (amount == 1 ? name.substring(0, name.length() - 1) : name);
    }

    public String phaseWords() {
        return switch (assessment.painPhase()) {
            case ACUTE -> "new pain (under 4 weeks)";
            case SUBACUTE -> "pain for 4 to 12 weeks";
            case CHRONIC -> "long-lasting pain (over 12 weeks)";
        };
    }

    public String areaWords() {
        CheckinDraft.PainArea area = draft.painArea();
        if (area == null) {
            return "not given";
        }
        return switch (area) {
            case LOWER_BACK -> "lower back only";
            case BACK_AND_ONE_LEG -> "lower back and one leg";
            case BACK_AND_BOTH_LEGS -> "lower back and both legs";
            case ELSEWHERE -> "mainly elsewhere";
        };
    }

    /** The recommendation without its opening safety sentence, which the page shows first on its own. */
    public String helpText() {
        String summary = assessment.recommendation().summary();
        String safety = assessment.answer().safety();
        return summary.startsWith(safety) ? summary.substring(safety.length()).strip() : summary;
    }

    /** The CSS class of a certainty badge. */
    public String certaintyClass(Certainty certainty) {
        return "certainty-" + certainty.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public String certaintyWords(Certainty certainty) {
        return switch (certainty) {
            case HIGH -> "High certainty";
            case MODERATE -> "Moderate certainty";
            case LOW -> "Low certainty";
            case VERY_LOW -> "Very low certainty";
        };
    }

    static String levelTitle(Triage triage) {
        return levelTitle(triage.level(), triage.urgency());
    }

    /** The headline of a level; for a doctor first, how soon (saved answers of version 1 have no urgency). */
    static String levelTitle(TriageLevel level, @Nullable Urgency urgency) {
        return switch (level) {
            case EMERGENCY -> "Go to an emergency department now";
            case SEE_CLINICIAN_FIRST ->
                urgency == Urgency.TODAY
                        ? "See a doctor today"
                        : urgency == Urgency.WITHIN_A_WEEK
                                ? "See a doctor in the next few days"
                                : "Ask a doctor before having massage";
            case MASSAGE_WITH_PRECAUTIONS -> "Massage is reasonable for you, with some care";
            case MASSAGE_SUITABLE -> "Massage looks safe for you";
        };
    }

    private static int number(Source source, Map<String, Integer> numbers, List<NumberedSource> sources) {
        return numbers.computeIfAbsent(source.id(), id -> {
            sources.add(new NumberedSource(sources.size() + 1, source));
            return sources.size();
        });
    }

    private static @Nullable BenefitPicture picture(
            @Nullable ExpectedBenefit benefit,
            EvidenceBase evidenceBase,
            Map<String, Integer> numbers,
            List<NumberedSource> sources) {
        if (benefit == null) {
            return null;
        }
        List<Bar> bars = new ArrayList<>();
        for (BenefitComparison comparison : benefit.comparisons()) {
            Double points = comparison.painPointsOutOf10();
            if (points == null) {
                continue; // one small trial: no figure in points to draw
            }
            String label = switch (comparison.against()) {
                case NO_TREATMENT -> "Against no treatment";
                case OTHER_TREATMENTS -> "Against other treatments";
            };
            bars.add(new Bar(
                    label, points, (int) Math.round(points / BenefitPicture.SCALE_POINTS * BenefitPicture.WIDTH)));
        }
        if (bars.isEmpty()) {
            return null;
        }
        int ostelo = evidenceBase.sources().stream()
                .filter(source -> source.id().equals("ostelo2008"))
                .findFirst()
                .map(source -> number(source, numbers, sources))
                .orElse(0);
        return new BenefitPicture(
                bars,
                (int) Math.round(NOTICEABLE_PAIN_CHANGE / BenefitPicture.SCALE_POINTS * BenefitPicture.WIDTH),
                ostelo);
    }

    /** The instruments' own papers, for the scores shown. */
    private static List<String> extraSources(Assessment assessment) {
        List<String> ids = new ArrayList<>();
        if (assessment.scores().startBack() != null) {
            ids.add("hill2008");
        }
        if (assessment.scores().rmdq() != null) {
            ids.add("roland1983");
        }
        if (assessment.scores().odi() != null) {
            ids.add("fairbank2000");
        }
        return ids;
    }
}
