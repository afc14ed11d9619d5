package kneadwise.directory;

import java.time.ZoneId;

/** The state of a US ZIP code from its first three digits (USPS prefix ranges; approximate at a few edges). */
public final class UsStates {

    /** Each row: the last three-digit prefix of a range, and its state; ranges follow each other in order. */
    private static final String[][] RANGES = {
        {"004", "NY"}, {"005", "NY"}, {"009", "PR"}, {"027", "MA"}, {"029", "RI"}, {"038", "NH"}, {"049", "ME"},
        {"059", "VT"}, {"069", "CT"}, {"089", "NJ"}, {"099", "AE"}, {"149", "NY"}, {"196", "PA"}, {"199", "DE"},
        {"205", "DC"}, {"219", "MD"}, {"246", "VA"}, {"268", "WV"}, {"289", "NC"}, {"299", "SC"}, {"319", "GA"},
        {"349", "FL"}, {"369", "AL"}, {"385", "TN"}, {"397", "MS"}, {"399", "GA"}, {"427", "KY"}, {"459", "OH"},
        {"479", "IN"}, {"499", "MI"}, {"528", "IA"}, {"549", "WI"}, {"567", "MN"}, {"577", "SD"}, {"588", "ND"},
        {"599", "MT"}, {"629", "IL"}, {"658", "MO"}, {"679", "KS"}, {"693", "NE"}, {"714", "LA"}, {"729", "AR"},
        {"749", "OK"}, {"799", "TX"}, {"816", "CO"}, {"831", "WY"}, {"838", "ID"}, {"847", "UT"}, {"865", "AZ"},
        {"884", "NM"}, {"885", "TX"}, {"898", "NV"}, {"961", "CA"}, {"966", "AP"}, {"968", "HI"}, {"969", "GU"},
        {"979", "OR"}, {"994", "WA"}, {"999", "AK"}
    };

    private UsStates() {}

    public static String ofZip(String zip) {
        String prefix = zip.substring(0, 3);
        for (String[] range : RANGES) {
            if (prefix.compareTo(range[0]) <= 0) {
                return range[1];
            }
        }
        return "AK";
    }

    /** The time zone of a place in a state; states spanning two zones are split by longitude (roughly). */
    public static ZoneId timeZone(String state, GeoPoint where) {
        return switch (state) {
            case "AK" -> ZoneId.of("America/Anchorage");
            case "HI" -> ZoneId.of("Pacific/Honolulu");
            case "AZ" -> ZoneId.of("America/Phoenix");
            case "PR" -> ZoneId.of("America/Puerto_Rico");
            default -> {
                double lon = where.longitude();
                yield ZoneId.of(
                        lon > -85
                                ? "America/New_York"
                                : lon > -101
                                        ? "America/Chicago"
                                        : lon > -115 ? "America/Denver" : "America/Los_Angeles");
            }
        };
    }
}
