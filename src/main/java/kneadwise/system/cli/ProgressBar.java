package kneadwise.system.cli;

import java.io.PrintStream;

/** A progress bar on one line of the terminal, redrawn in place: {@code [#######-----]  45%  90,000 / 200,000 therapists  1,200/s}. */
public final class ProgressBar {

    private static final int WIDTH = 30;

    private final PrintStream out;
    private final String unit;
    private final long started = System.nanoTime();

    /** @param unit what is counted, in the plural ("therapists") */
    public ProgressBar(PrintStream out, String unit) {
        this.out = out;
        this.unit = unit;
    }

    public void show(long done, long total) {
        int filled = (int) (WIDTH * done / Math.max(total, 1));
        double seconds = (System.nanoTime() - started) / 1e9;
        out.printf(
                "\r[%s%s] %3d%%  %,d / %,d %s  %,.0f/s",
                "#".repeat(filled),
                "-".repeat(WIDTH - filled),
                100 * done / Math.max(total, 1),
                done,
                total,
                unit,
                done / Math.max(seconds, 1e-3));
        out.flush();
    }

    /** Ends the bar's line. */
    public void finish() {
        out.println();
    }

    public double seconds() {
        return (System.nanoTime() - started) / 1e9;
    }
}
