package kneadwise.outcomes;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import kneadwise.assessment.ChangeEvaluation;
import kneadwise.assessment.Instrument;
import org.jspecify.annotations.Nullable;

/**
 * One instrument's scores over the sessions, laid out for an SVG drawn by the page (no script): lower is better,
 * so better scores sit lower. Once there is a baseline, the band of "no important change" is shaded between the
 * score that would count as improved (baseline minus the smaller of the minimal important change and 30% of the
 * baseline; CLINICAL.md section 4) and the score that would count as worse (baseline plus the minimal change).
 */
record ProgressChart(
        String title,
        String unit,
        List<Dot> dots,
        String line,
        @Nullable Band band,
        List<Tick> yTicks,
        List<Tick> xTicks,
        String summary) {

    static final int WIDTH = 640;
    static final int HEIGHT = 260;
    static final int LEFT = 48;
    static final int RIGHT = 16;
    static final int TOP = 16;
    static final int BOTTOM = 40;

    record Dot(double x, double y, String label) {}

    /** The shaded band; {@code improvedAt} and {@code worseAt} are the scores at its edges. */
    record Band(double y, double height, BigDecimal improvedAt, BigDecimal worseAt, double improvedY) {}

    record Tick(double position, String label) {}

    static ProgressChart of(String title, Instrument instrument, int sessions, List<CourseProgress.Point> points) {
        double maximum = instrument.maximum().doubleValue();
        List<Dot> dots = points.stream()
                .map(point -> new Dot(
                        x(point.session(), sessions),
                        y(point.score().doubleValue(), maximum),
                        "Session " + point.session() + ": " + point.score().toPlainString()))
                .toList();
        String line = dots.stream().map(dot -> dot.x() + "," + dot.y()).collect(Collectors.joining(" "));
        Band band = points.isEmpty() || points.getFirst().session() != 1 ? null : band(instrument, points, maximum);
        List<Tick> yTicks = new ArrayList<>();
        for (int step = 0; step <= 4; step++) {
            double score = maximum * step / 4;
            yTicks.add(new Tick(
                    y(score, maximum),
                    BigDecimal.valueOf(score).stripTrailingZeros().toPlainString()));
        }
        List<Tick> xTicks = new ArrayList<>();
        for (int session = 1; session <= sessions; session++) {
            xTicks.add(new Tick(x(session, sessions), String.valueOf(session)));
        }
        return new ProgressChart(
                title, unitOf(instrument), dots, line, band, yTicks, xTicks, summary(title, points, band));
    }

    private static Band band(Instrument instrument, List<CourseProgress.Point> points, double maximum) {
        BigDecimal baseline = points.getFirst().score();
        BigDecimal relative = baseline.multiply(BigDecimal.valueOf(ChangeEvaluation.RELATIVE_THRESHOLD_PERCENT))
                .divide(BigDecimal.valueOf(100), 1, RoundingMode.HALF_UP);
        BigDecimal needed =
                baseline.signum() > 0 ? instrument.importantChange().min(relative) : instrument.importantChange();
        BigDecimal improvedAt = baseline.subtract(needed).max(BigDecimal.ZERO);
        BigDecimal worseAt = baseline.add(instrument.importantChange()).min(instrument.maximum());
        double top = y(worseAt.doubleValue(), maximum);
        double bottom = y(improvedAt.doubleValue(), maximum);
        return new Band(top, bottom - top, improvedAt, worseAt, bottom);
    }

    private static String summary(String title, List<CourseProgress.Point> points, @Nullable Band band) {
        if (points.isEmpty()) {
            return title + ": nothing logged yet.";
        }
        String scores = points.stream()
                .map(point -> "session " + point.session() + " " + point.score().toPlainString())
                .collect(Collectors.joining(", "));
        String threshold = band == null
                ? ""
                : " Improved by an amount that matters at " + band.improvedAt().toPlainString() + " or lower; worse at "
                        + band.worseAt().toPlainString() + " or higher.";
        return title + ": " + scores + "." + threshold;
    }

    private static double x(int session, int sessions) {
        double span = WIDTH - LEFT - RIGHT;
        return sessions <= 1 ? LEFT + span / 2 : LEFT + span * (session - 1) / (sessions - 1);
    }

    private static double y(double score, double maximum) {
        return TOP + (HEIGHT - TOP - BOTTOM) * (1 - score / maximum);
    }

    private static String unitOf(Instrument instrument) {
        return switch (instrument) {
            case NRS -> "pain, 0 to 10";
            case RMDQ -> "Roland-Morris, 0 to 24";
            case ODI -> "Oswestry, 0 to 100";
        };
    }
}
