package kneadwise.directory;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import kneadwise.system.FieldProblem;
import kneadwise.system.InvalidInputException;
import org.jspecify.annotations.Nullable;

/**
 * Reads a directory search from its query parameters (CONTRACT.md section 8), naming every bad one: where (lat and
 * lon, or a US ZIP code), radius, filters, and the course wanted ({@code weekday}, {@code time}, {@code sessions}).
 *
 * @param pregnancyTrained the person's own choice, null when they did not say (then their check-in may decide)
 */
record SearchQuery(
        TherapistSearch search,
        CourseWanted course,
        @Nullable Boolean pregnancyTrained) {

    static final double DEFAULT_RADIUS_KM = 25;
    static final double MAXIMUM_RADIUS_KM = 500;
    static final int DEFAULT_LIMIT = 20;
    static final int MAXIMUM_LIMIT = 100;
    static final int MOST_SESSIONS = 12;

    static SearchQuery read(Map<String, String> query, PostalCodes postalCodes) {
        List<FieldProblem> problems = new ArrayList<>();
        GeoPoint near = where(query, postalCodes, problems);
        double radius = number(query, "radiusKm", DEFAULT_RADIUS_KM, 0.1, MAXIMUM_RADIUS_KM, problems);
        Technique technique = technique(query.get("technique"), problems);
        BigDecimal maxPrice = price(query.get("maxPrice"), problems);
        String language = language(query.get("language"), problems);
        Boolean pregnancy = yesOrNo(query.get("pregnancyTrained"), problems);
        String insurance = words(query.get("insurance"), "insurance", problems);
        String gender = words(query.get("gender"), "gender", problems);
        int limit = limit(query.get("limit"), problems);
        CourseWanted course = course(query, problems);
        if (!problems.isEmpty() || near == null) {
            throw new InvalidInputException("search", problems);
        }
        TherapistSearch search = new TherapistSearch(
                near, radius, technique, maxPrice, language, Boolean.TRUE.equals(pregnancy), insurance, gender, limit);
        return new SearchQuery(search, course, pregnancy);
    }

    SearchQuery withPregnancyTrained() {
        return new SearchQuery(search.withPregnancyTrained(), course, pregnancyTrained);
    }

    private static CourseWanted course(Map<String, String> query, List<FieldProblem> problems) {
        DayOfWeek weekday = null;
        LocalTime time = null;
        String day = query.get("weekday");
        if (day != null) {
            try {
                weekday = DayOfWeek.valueOf(day.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException unknown) {
                problems.add(new FieldProblem("weekday", "must be one of MONDAY to SUNDAY"));
            }
        }
        String clock = query.get("time");
        if (clock != null) {
            try {
                time = LocalTime.parse(clock.strip());
            } catch (DateTimeParseException notATime) {
                problems.add(new FieldProblem("time", "must be a local time such as 18:00"));
            }
        }
        int sessions = CourseWanted.DEFAULT_SESSIONS;
        String count = query.get("sessions");
        if (count != null) {
            String digits = count.strip();
            if (digits.matches("\\d{1,2}")
                    && Integer.parseInt(digits) >= 1
                    && Integer.parseInt(digits) <= MOST_SESSIONS) {
                sessions = Integer.parseInt(digits);
            } else {
                problems.add(new FieldProblem("sessions", "must be a whole number from 1 to " + MOST_SESSIONS));
            }
        }
        boolean asked = day != null || clock != null || count != null;
        return new CourseWanted(weekday, time, sessions, asked);
    }

    /** Free text of a few words (an insurer, a gender), at most 60 characters. */
    private static @Nullable String words(@Nullable String text, String name, List<FieldProblem> problems) {
        if (text == null || text.isBlank()) {
            return null;
        }
        if (text.strip().length() > 60) {
            problems.add(new FieldProblem(name, "must be at most 60 characters"));
            return null;
        }
        return text.strip();
    }

    /** From lat and lon, or from a postal code; one of the two is needed. */
    private static @Nullable GeoPoint where(
            Map<String, String> query, PostalCodes postalCodes, List<FieldProblem> problems) {
        String postalCode = query.get("postalCode");
        boolean hasPoint = query.containsKey("lat") || query.containsKey("lon");
        if (postalCode != null && !hasPoint) {
            GeoPoint point = postalCodes.locate(postalCode).orElse(null);
            if (point == null) {
                problems.add(new FieldProblem("postalCode", "is not a US ZIP code we know"));
            }
            return point;
        }
        if (!hasPoint) {
            problems.add(new FieldProblem("lat", "give lat and lon, or a postalCode"));
            problems.add(new FieldProblem("lon", "give lat and lon, or a postalCode"));
            return null;
        }
        int before = problems.size();
        double lat = number(query, "lat", Double.NaN, -90, 90, problems);
        double lon = number(query, "lon", Double.NaN, -180, 180, problems);
        return problems.size() == before ? new GeoPoint(lat, lon) : null;
    }

    private static double number(
            Map<String, String> query,
            String name,
            double fallback,
            double minimum,
            double maximum,
            List<FieldProblem> problems) {
        String text = query.get(name);
        if (text == null) {
            if (Double.isNaN(fallback)) {
                problems.add(new FieldProblem(name, "is required"));
            }
            return fallback;
        }
        try {
            double value = Double.parseDouble(text.strip());
            if (value >= minimum && value <= maximum) {
                return value;
            }
        } catch (NumberFormatException notANumber) {
            // reported below
        }
        problems.add(new FieldProblem(name, "must be a number from " + plain(minimum) + " to " + plain(maximum)));
        return fallback;
    }

    private static int limit(@Nullable String text, List<FieldProblem> problems) {
        if (text == null) {
            return DEFAULT_LIMIT;
        }
        String digits = text.strip();
        if (digits.matches("\\d{1,3}") && Integer.parseInt(digits) >= 1 && Integer.parseInt(digits) <= MAXIMUM_LIMIT) {
            return Integer.parseInt(digits);
        }
        problems.add(new FieldProblem("limit", "must be a whole number from 1 to " + MAXIMUM_LIMIT));
        return DEFAULT_LIMIT;
    }

    private static String plain(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }

    private static @Nullable Technique technique(@Nullable String text, List<FieldProblem> problems) {
        if (text == null) {
            return null;
        }
        try {
            return Technique.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            problems.add(new FieldProblem("technique", "must be one of " + List.of(Technique.values())));
            return null;
        }
    }

    private static @Nullable BigDecimal price(@Nullable String text, List<FieldProblem> problems) {
        if (text == null) {
            return null;
        }
        try {
            BigDecimal price = new BigDecimal(text.strip());
            if (price.signum() >= 0) {
                return price;
            }
        } catch (NumberFormatException notANumber) {
            // reported below
        }
        problems.add(new FieldProblem("maxPrice", "must be a price of 0 or more"));
        return null;
    }

    private static @Nullable String language(@Nullable String text, List<FieldProblem> problems) {
        if (text == null) {
            return null;
        }
        String code = text.strip().toLowerCase(Locale.ROOT);
        if (!code.matches("[a-z]{2}")) {
            problems.add(new FieldProblem("language", "must be a two-letter ISO 639-1 code, such as en or es"));
            return null;
        }
        return code;
    }

    private static @Nullable Boolean yesOrNo(@Nullable String text, List<FieldProblem> problems) {
        if (text == null) {
            return null;
        }
        return switch (text.strip()) {
            case "true" -> true;
            case "false" -> false;
            default -> {
                problems.add(new FieldProblem("pregnancyTrained", "must be true or false"));
                yield null;
            }
        };
    }
}
