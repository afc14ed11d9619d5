package kneadwise.assessment;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Oswestry Disability Index (ODI; Fairbank & Pynsent 2000): 10 sections scored 0-5; index = sum / (5 x sections
 * answered) x 100, reported to one decimal. At least 8 of the 10 sections must be answered.
 */
public record OswestryIndex(double percent, OswestryBand band) {

    public static final int SECTIONS = 10;
    public static final int MINIMUM_ANSWERED = 8;
    public static final int MAXIMUM_SECTION_SCORE = 5;

    public static OswestryIndex of(List<@Nullable Integer> sections) {
        if (sections.size() != SECTIONS) {
            throw new IllegalArgumentException("The ODI has 10 sections, not " + sections.size());
        }
        int answered = 0;
        int sum = 0;
        for (Integer section : sections) {
            if (section != null) {
                if (section < 0 || section > MAXIMUM_SECTION_SCORE) {
                    throw new IllegalArgumentException("An ODI section is scored 0 to 5, not " + section);
                }
                answered++;
                sum += section;
            }
        }
        if (answered < MINIMUM_ANSWERED) {
            throw new IllegalArgumentException("The ODI needs at least 8 answered sections, not " + answered);
        }
        int maximum = MAXIMUM_SECTION_SCORE * answered;
        double percent = Math.round(sum * 1000.0 / maximum) / 10.0;
        return new OswestryIndex(percent, OswestryBand.of(sum, maximum));
    }
}
