package kneadwise.directory;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import kneadwise.system.FieldProblem;
import kneadwise.system.InvalidInputException;
import kneadwise.system.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The public directory (CONTRACT.md section 8): search within a radius of a point or a US ZIP code, and a
 * therapist's public profile. Course availability ({@code weekday}, {@code time}, {@code sessions}) comes with
 * booking and is refused by name until then rather than ignored.
 */
@RestController
class TherapistsApi {

    static final double DEFAULT_RADIUS_KM = 25;
    static final double MAXIMUM_RADIUS_KM = 500;
    static final int DEFAULT_LIMIT = 20;
    static final int MAXIMUM_LIMIT = 100;

    record Results(List<Result> results) {}

    record Result(
            UUID id,
            String name,
            double distanceKm,
            BigDecimal pricePerSession,
            List<Technique> techniques,
            @Nullable String nextCourseStart) {}

    record Profile(
            UUID id,
            String name,
            @Nullable Licence licence,
            List<String> certifications,
            List<Technique> techniques,
            boolean pregnancyTrained,
            boolean traumaInformed,
            List<String> languages,
            @Nullable String gender,
            BigDecimal pricePerSession,
            List<String> insurance,
            @Nullable String address,
            @Nullable String postalCode,
            GeoPoint location,
            int sessionMinutes,
            String timeZone) {}

    record Licence(
            @Nullable String state,
            @Nullable String number,
            boolean verified,
            @Nullable String verifiedAt) {}

    private final Therapists therapists;
    private final PostalCodes postalCodes;

    TherapistsApi(Therapists therapists, PostalCodes postalCodes) {
        this.therapists = therapists;
        this.postalCodes = postalCodes;
    }

    @GetMapping(path = "/api/v1/therapists", produces = "application/json")
    Results search(@RequestParam Map<String, String> query) {
        List<FieldProblem> problems = new ArrayList<>();
        GeoPoint near = where(query, problems);
        double radius = number(query, "radiusKm", DEFAULT_RADIUS_KM, 0.1, MAXIMUM_RADIUS_KM, problems);
        Technique technique = technique(query.get("technique"), problems);
        BigDecimal maxPrice = price(query.get("maxPrice"), problems);
        String language = language(query.get("language"), problems);
        Boolean pregnancy = yesOrNo(query.get("pregnancyTrained"), problems);
        int limit = limit(query.get("limit"), problems);
        for (String later : List.of("weekday", "time", "sessions")) {
            if (query.containsKey(later)) {
                problems.add(new FieldProblem(later, "course availability search is not available yet"));
            }
        }
        if (!problems.isEmpty() || near == null) {
            throw new InvalidInputException("search", problems);
        }
        List<TherapistMatch> matches = therapists.search(new TherapistSearch(
                near, radius, technique, maxPrice, language, Boolean.TRUE.equals(pregnancy), limit));
        return new Results(matches.stream()
                .map(match -> new Result(
                        match.id(),
                        match.name(),
                        Math.round(match.distanceKm() * 10) / 10.0,
                        match.pricePerSession(),
                        match.techniques(),
                        null))
                .toList());
    }

    @GetMapping(path = "/api/v1/therapists/{therapistId}", produces = "application/json")
    Profile profile(@PathVariable("therapistId") String id) {
        UUID therapistId;
        try {
            therapistId = UUID.fromString(id);
        } catch (IllegalArgumentException notAnId) {
            throw new NotFoundException("therapist " + id);
        }
        Therapist therapist = therapists.find(therapistId).orElseThrow(() -> new NotFoundException("therapist " + id));
        Licence licence = therapist.licenceNumber() == null
                ? null
                : new Licence(
                        therapist.licenceState(),
                        therapist.licenceNumber(),
                        therapist.licenceVerifiedAt() != null,
                        therapist.licenceVerifiedAt() == null
                                ? null
                                : therapist.licenceVerifiedAt().toString());
        return new Profile(
                therapist.id(),
                therapist.name(),
                licence,
                therapist.certifications(),
                therapist.techniques(),
                therapist.pregnancyTrained(),
                therapist.traumaInformed(),
                therapist.languages(),
                therapist.gender(),
                therapist.pricePerSession(),
                therapist.insurance(),
                therapist.address(),
                therapist.postalCode(),
                therapist.location(),
                therapist.sessionMinutes(),
                therapist.timeZone().getId());
    }

    /** From lat and lon, or from a postal code; one of the two is needed. */
    private @Nullable GeoPoint where(Map<String, String> query, List<FieldProblem> problems) {
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
