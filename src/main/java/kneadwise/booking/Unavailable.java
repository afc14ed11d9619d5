package kneadwise.booking;

/** Why a session cannot be had at the time asked. */
enum Unavailable {
    /** Earlier than the booking lead time, or in the past. */
    TOO_SOON,
    /** Outside the therapist's working hours, or a local time that a daylight-saving change skips. */
    NOT_WORKING,
    /** Another person has this time. */
    TAKEN,
    /** The therapist is away. */
    TIME_OFF,
    /** The person already has a session (with any therapist) at this time. */
    YOUR_OTHER_SESSION,
    /** Further ahead than bookings are taken. */
    TOO_FAR_AHEAD;

    static Unavailable of(Busy.Reason reason) {
        return switch (reason) {
            case TAKEN -> TAKEN;
            case TIME_OFF -> TIME_OFF;
            case YOUR_OTHER_SESSION -> YOUR_OTHER_SESSION;
        };
    }
}
