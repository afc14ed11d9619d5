package kneadwise.directory;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Massage techniques a therapist offers (CLINICAL.md section 6: none is shown better than another for back pain). */
public enum Technique {
    SWEDISH,
    DEEP_TISSUE,
    MYOFASCIAL_RELEASE,
    TRIGGER_POINT,
    STRUCTURAL_INTEGRATION,
    SPORTS,
    PREGNANCY,
    LYMPHATIC_DRAINAGE;

    /** The name for people, such as "Deep tissue". */
    public String label() {
        String words = name().replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** Every name, comma-separated, for error messages. */
    static String names() {
        return Arrays.stream(values()).map(Technique::name).collect(Collectors.joining(", "));
    }
}
