package kneadwise.directory;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import kneadwise.system.FieldProblem;
import kneadwise.system.InvalidInputException;
import kneadwise.system.SingleLine;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * What a therapist writes on their profile, read from the API's JSON or the web form (the same field names), and
 * checked field by field so that one answer names every problem. Lists may be given one item per value or
 * separated by commas ("Aetna, Cigna").
 */
final class ProfileForm {

    static final int MOST_ITEMS = 20;
    static final BigDecimal HIGHEST_PRICE = new BigDecimal("1000");

    private final Map<String, List<String>> values;
    private final List<FieldProblem> problems = new ArrayList<>();

    private ProfileForm(Map<String, List<String>> values) {
        this.values = values;
    }

    /** From form fields: each name with its values, as a servlet request gives them. */
    static ProfileForm of(Map<String, List<String>> values) {
        return new ProfileForm(values);
    }

    /** From a JSON object: strings, numbers and booleans as text, arrays as several values. */
    static ProfileForm of(JsonNode body) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        ProfileForm form = new ProfileForm(values);
        if (!body.isObject()) {
            form.problems.add(new FieldProblem("$", "must be an object with the profile's fields"));
            return form;
        }
        for (Map.Entry<String, JsonNode> field : body.properties()) {
            JsonNode value = field.getValue();
            List<String> texts = new ArrayList<>();
            if (value.isArray()) {
                value.forEach(item -> texts.add(item.isValueNode() ? item.asString() : "{...}"));
            } else if (value.isValueNode() && !value.isNull()) {
                texts.add(value.asString());
            } else if (!value.isNull()) {
                form.problems.add(new FieldProblem(field.getKey(), "must be text, a number, true/false or a list"));
                continue;
            }
            values.put(field.getKey(), texts);
        }
        return form;
    }

    /**
     * The profile (with a new id, no account and an unverified licence: the caller sets those), or an
     * {@link InvalidInputException} naming every bad field.
     */
    Therapist check(PostalCodes postalCodes) {
        String name = text("name", 200, true);
        String licenceState = upper(text("licenceState", 2, false));
        String licenceNumber = text("licenceNumber", 40, false);
        if (licenceState != null && !licenceState.matches("[A-Z]{2}")) {
            problem("licenceState", "must be a two-letter US state code, such as NY");
        }
        if (licenceNumber != null && !licenceNumber.matches("[A-Za-z0-9][A-Za-z0-9 .-]*")) {
            problem("licenceNumber", "may hold letters, digits, spaces, dots and dashes only");
        }
        if ((licenceState == null) != (licenceNumber == null)) {
            problem(licenceState == null ? "licenceState" : "licenceNumber", "give the licence's state and number");
        }
        List<String> certifications = list("certifications", 100);
        List<Technique> techniques = techniques();
        boolean pregnancyTrained = yes("pregnancyTrained");
        boolean traumaInformed = yes("traumaInformed");
        List<String> languages = list("languages", 2).stream()
                .map(code -> code.toLowerCase(Locale.ROOT))
                .toList();
        if (languages.stream().anyMatch(code -> !code.matches("[a-z]{2}"))) {
            problem("languages", "must be two-letter language codes (ISO 639-1), such as en, es");
        } else if (languages.isEmpty()) {
            problem("languages", "name at least one language, such as en");
        }
        String gender = text("gender", 60, false);
        BigDecimal price = price();
        List<String> insurance = list("insurance", 100);
        String address = text("address", 300, false);
        String postalCode = text("postalCode", 5, false);
        GeoPoint location = location(postalCode, postalCodes);
        int sessionMinutes = wholeNumber("sessionMinutes", 15, 240, 60);
        ZoneId zone = zone(postalCode, location);
        int notice = wholeNumber("cancellationNoticeHours", 0, 168, 24);
        if (!problems.isEmpty() || name == null || price == null || location == null || zone == null) {
            throw new InvalidInputException("therapist profile", problems);
        }
        return new Therapist(
                UUID.randomUUID(),
                null,
                name,
                licenceState,
                licenceNumber,
                null,
                null,
                certifications,
                techniques,
                pregnancyTrained,
                traumaInformed,
                languages,
                gender,
                price,
                insurance,
                address,
                postalCode,
                location,
                sessionMinutes,
                zone,
                notice);
    }

    private @Nullable String first(String field) {
        List<String> given = values.get(field);
        if (given == null || given.isEmpty() || given.get(0).isBlank()) {
            return null;
        }
        return given.get(0).strip();
    }

    private @Nullable String text(String field, int longest, boolean required) {
        String value = first(field);
        if (value == null) {
            if (required) {
                problem(field, "is required");
            }
            return null;
        }
        if (value.length() > longest) {
            problem(field, "must be at most " + longest + " characters");
            return null;
        }
        if (!SingleLine.isOneLine(value)) {
            problem(field, SingleLine.PROBLEM);
            return null;
        }
        return value;
    }

    private List<String> list(String field, int longest) {
        List<String> items = new ArrayList<>();
        for (String value : values.getOrDefault(field, List.of())) {
            for (String item : value.split(",")) {
                if (!item.isBlank() && !items.contains(item.strip())) {
                    items.add(item.strip());
                }
            }
        }
        if (items.size() > MOST_ITEMS) {
            problem(field, "may list at most " + MOST_ITEMS);
        } else if (items.stream().anyMatch(item -> item.length() > longest)) {
            problem(field, "each must be at most " + longest + " characters");
        } else if (!items.stream().allMatch(SingleLine::isOneLine)) {
            problem(field, SingleLine.PROBLEM);
        }
        return items;
    }

    private List<Technique> techniques() {
        List<Technique> techniques = new ArrayList<>();
        for (String name : list("techniques", 40)) {
            try {
                Technique technique = Technique.valueOf(name.toUpperCase(Locale.ROOT));
                if (!techniques.contains(technique)) {
                    techniques.add(technique);
                }
            } catch (IllegalArgumentException unknown) {
                problem("techniques", "must each be one of " + Technique.names());
                return List.of();
            }
        }
        if (techniques.isEmpty()) {
            problem("techniques", "name at least one technique you offer");
        }
        return techniques;
    }

    private boolean yes(String field) {
        String value = first(field);
        if (value == null || value.equals("false")) {
            return false;
        }
        if (!value.equals("true")) {
            problem(field, "must be true or false");
        }
        return value.equals("true");
    }

    private @Nullable BigDecimal price() {
        String value = first("pricePerSession");
        if (value == null) {
            problem("pricePerSession", "is required");
            return null;
        }
        try {
            BigDecimal price = new BigDecimal(value);
            if (price.signum() >= 0 && price.compareTo(HIGHEST_PRICE) <= 0 && price.scale() <= 2) {
                return price.setScale(2);
            }
        } catch (NumberFormatException notANumber) {
            // reported below
        }
        problem("pricePerSession", "must be an amount in dollars from 0 to 1000, such as 65 or 72.50");
        return null;
    }

    private int wholeNumber(String field, int least, int most, int otherwise) {
        String value = first(field);
        if (value == null) {
            return otherwise;
        }
        if (value.matches("\\d{1,4}")) {
            int number = Integer.parseInt(value);
            if (number >= least && number <= most) {
                return number;
            }
        }
        problem(field, "must be a whole number from " + least + " to " + most);
        return otherwise;
    }

    /** Explicit coordinates when both are given, otherwise the centre of the postal code's area. */
    private @Nullable GeoPoint location(@Nullable String postalCode, PostalCodes postalCodes) {
        String latitude = first("latitude");
        String longitude = first("longitude");
        if (postalCode != null && postalCodes.locate(postalCode).isEmpty()) {
            problem("postalCode", "is not a US ZIP code we know");
            postalCode = null;
        }
        if (latitude == null && longitude == null) {
            if (postalCode == null && first("postalCode") == null) {
                problem("postalCode", "give the practice's ZIP code, or its latitude and longitude");
            }
            return postalCode == null ? null : postalCodes.locate(postalCode).orElse(null);
        }
        Double lat = coordinate("latitude", latitude, 90);
        Double lon = coordinate("longitude", longitude, 180);
        return lat == null || lon == null ? null : new GeoPoint(lat, lon);
    }

    private @Nullable Double coordinate(String field, @Nullable String value, double limit) {
        if (value == null) {
            problem(field, "is required with " + (field.equals("latitude") ? "longitude" : "latitude"));
            return null;
        }
        try {
            double number = Double.parseDouble(value);
            if (Math.abs(number) <= limit) {
                return number;
            }
        } catch (NumberFormatException notANumber) {
            // reported below
        }
        problem(field, "must be a number from -" + (int) limit + " to " + (int) limit);
        return null;
    }

    /** The zone given, or the one of the postal code's state; sessions are booked in the practice's local time. */
    private @Nullable ZoneId zone(@Nullable String postalCode, @Nullable GeoPoint location) {
        String value = first("timeZone");
        if (value != null) {
            try {
                return ZoneId.of(value);
            } catch (DateTimeException unknown) {
                problem("timeZone", "must be a time zone such as America/New_York");
                return null;
            }
        }
        if (postalCode != null && location != null && postalCode.matches("\\d{5}")) {
            return UsStates.timeZone(UsStates.ofZip(postalCode), location);
        }
        if (location != null) {
            problem("timeZone", "is required when the location is given as coordinates");
        }
        return null;
    }

    private void problem(String field, String message) {
        if (problems.stream().noneMatch(known -> known.field().equals(field))) {
            problems.add(new FieldProblem(field, message));
        }
    }

    private static @Nullable String upper(@Nullable String text) {
        return text == null ? null : text.toUpperCase(Locale.ROOT);
    }
}
