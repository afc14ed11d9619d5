package kneadwise.system;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Dates and times as people in the US write them, on every page, mail and calendar text: "Tuesday, March 9, 2027,
 * 6:00 PM". One place, so that no page shows a 24-hour clock or a day before its month. (The API and FHIR keep
 * ISO-8601, which is for machines.)
 */
public final class UsDates {

    /** "Tuesday, March 9, 2027, 6:00 PM". */
    public static final DateTimeFormatter DATE_AND_TIME =
            DateTimeFormatter.ofPattern("EEEE, MMMM d, yyyy, h:mm a", Locale.US);

    /** "Tuesday, March 9, 2027, 6:00 PM EST": for a reader who may be in another time zone than the practice. */
    public static final DateTimeFormatter DATE_TIME_AND_ZONE =
            DateTimeFormatter.ofPattern("EEEE, MMMM d, yyyy, h:mm a z", Locale.US);

    /** "Tuesday, March 9, 2027". */
    public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEEE, MMMM d, yyyy", Locale.US);

    /** "Tuesday, March 9": a day of the coming weeks. */
    public static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE, MMMM d", Locale.US);

    /** "March 9, 2027". */
    public static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.US);

    /** "Mar 9, 2027": in tables. */
    public static final DateTimeFormatter SHORT_DATE = DateTimeFormatter.ofPattern("MMM d, yyyy", Locale.US);

    /** "6:00 PM". */
    public static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("h:mm a", Locale.US);

    private UsDates() {}
}
