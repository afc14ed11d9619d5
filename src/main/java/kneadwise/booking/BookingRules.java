package kneadwise.booking;

import java.time.Duration;

/** The house rules of booking, in one place so that pages, API and documentation agree. */
final class BookingRules {

    /** A session can be booked up to this long before it starts, so the therapist can see it in time. */
    static final Duration LEAD_TIME = Duration.ofHours(2);

    /** A course's first session may be at most this far ahead. */
    static final Duration HORIZON = Duration.ofDays(180);

    /** The directory looks this far ahead for the next possible course start. */
    static final int SEARCH_WEEKS = 4;

    static final int MOST_SESSIONS = 12;
    static final int MOST_DAYS_APART = 28;

    /** How many alternative courses a 409 offers. */
    static final int ALTERNATIVES = 3;

    private BookingRules() {}
}
