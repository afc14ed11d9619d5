package kneadwise.checkin;

import java.util.Arrays;
import java.util.Optional;

/**
 * The check-in's steps, one topic each, in the order a person meets them. The daily-activities step leads to one of
 * two optional questionnaires, which count as part of that step for the progress bar; so does the doctor's check
 * (CLINICAL.md 2b) for the things that need care, asked only when a reason to see a doctor first fired.
 */
enum CheckinStep {
    ABOUT_YOU("about-you", "About you", 1),
    HOW_LONG("how-long", "How long", 2),
    WHERE("where", "Where it hurts", 3),
    HOW_BAD("how-bad", "How bad", 4),
    WARNING_SIGNS("warning-signs", "Warning signs", 5),
    NEEDS_CARE("needs-care", "Things that need care", 6),
    /** Only when a reason to see a doctor first fired: has a doctor examined it and said massage is fine? */
    DOCTORS_CHECK("doctors-check", "A doctor's check", 6),
    HOW_IT_AFFECTS_YOU("how-it-affects-you", "How it affects you", 7),
    DAILY_LIFE("daily-life", "Daily activities", 8),
    ROLAND_MORRIS("daily-life/roland-morris", "Daily activities: today", 8),
    OSWESTRY("daily-life/oswestry", "Daily activities: ten areas", 8);

    /** The number of steps the progress bar counts. */
    static final int COUNT = 8;

    final String path;
    final String title;
    final int number;

    CheckinStep(String path, String title, int number) {
        this.path = path;
        this.title = title;
        this.number = number;
    }

    static Optional<CheckinStep> byPath(String path) {
        return Arrays.stream(values()).filter(step -> step.path.equals(path)).findFirst();
    }

    String url() {
        return "/check-in/" + path;
    }

    /** Used by the templates (Thymeleaf reads getters and plain methods alike). */
    public String getPath() {
        return path;
    }

    public String getTitle() {
        return title;
    }

    public int getNumber() {
        return number;
    }
}
