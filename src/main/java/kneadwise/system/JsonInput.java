package kneadwise.system;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Reads fields from a parsed JSON request and collects a {@link FieldProblem} for each one that is missing, of the
 * wrong type or out of range, so that one answer names every invalid field. Unknown fields are ignored.
 */
public final class JsonInput {

    private final List<FieldProblem> problems = new ArrayList<>();

    /** A required whole number from {@code min} to {@code max}; null (with a problem) otherwise. */
    public @Nullable Integer wholeNumber(JsonNode parent, String name, String path, int min, int max) {
        JsonNode value = parent.get(name);
        if (value == null || value.isNull()) {
            return missing(path);
        }
        return wholeNumber(value, path, min, max);
    }

    /** {@code value} as a whole number from {@code min} to {@code max}; null (with a problem) otherwise. */
    public @Nullable Integer wholeNumber(JsonNode value, String path, int min, int max) {
        if (!value.isNumber()
                || !value.canConvertToExactIntegral()
                || !value.canConvertToInt()
                || value.asInt() < min
                || value.asInt() > max) {
            return problem(path, "must be a whole number from " + min + " to " + max);
        }
        return value.asInt();
    }

    /** A required number from {@code min} to {@code max}; null (with a problem) otherwise. */
    public @Nullable BigDecimal number(JsonNode parent, String name, String path, BigDecimal min, BigDecimal max) {
        JsonNode value = parent.get(name);
        if (value == null || value.isNull()) {
            return missing(path);
        }
        if (!value.isNumber() || !Double.isFinite(value.asDouble())) {
            return problem(path, "must be a number from " + min.toPlainString() + " to " + max.toPlainString());
        }
        BigDecimal number = value.decimalValue();
        if (number.compareTo(min) < 0 || number.compareTo(max) > 0) {
            return problem(path, "must be from " + min.toPlainString() + " to " + max.toPlainString());
        }
        return number;
    }

    /** A required boolean; null (with a problem) otherwise. */
    public @Nullable Boolean bool(JsonNode parent, String name, String path) {
        JsonNode value = parent.get(name);
        if (value == null || value.isNull()) {
            return missing(path);
        }
        return bool(value, path);
    }

    public @Nullable Boolean bool(JsonNode value, String path) {
        if (!value.isBoolean()) {
            return problem(path, "must be true or false");
        }
        return value.asBoolean();
    }

    /** A required string; null (with a problem) otherwise. */
    public @Nullable String string(JsonNode parent, String name, String path) {
        JsonNode value = parent.get(name);
        if (value == null || value.isNull()) {
            return missing(path);
        }
        if (!value.isString()) {
            return problem(path, "must be text");
        }
        return value.asString();
    }

    /** A required string that must stay on one line ({@link SingleLine}); null (with a problem) otherwise. */
    public @Nullable String line(JsonNode parent, String name, String path) {
        String text = string(parent, name, path);
        if (text != null && !SingleLine.isOneLine(text)) {
            return problem(path, SingleLine.PROBLEM);
        }
        return text;
    }

    /** A required date and time with its UTC offset (ISO-8601), such as {@code 2026-12-01T18:00:00-05:00}. */
    public @Nullable OffsetDateTime dateTime(JsonNode parent, String name, String path) {
        String text = string(parent, name, path);
        if (text == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text.strip());
        } catch (DateTimeParseException notADateTime) {
            return problem(path, "must be a date and time with its offset, such as 2026-12-01T18:00:00-05:00");
        }
    }

    /** A required id (UUID); null (with a problem) otherwise. */
    public @Nullable UUID id(JsonNode parent, String name, String path) {
        String text = string(parent, name, path);
        if (text == null) {
            return null;
        }
        try {
            return UUID.fromString(text.strip());
        } catch (IllegalArgumentException notAnId) {
            return problem(path, "must be an id such as 3f2c1a9e-8d7b-4c6a-9e5f-1b2c3d4e5f60");
        }
    }

    /** A required value that is one of an enum's names; null (with a problem) otherwise. */
    public <E extends Enum<E>> @Nullable E oneOf(Class<E> type, JsonNode parent, String name, String path) {
        JsonNode value = parent.get(name);
        if (value == null || value.isNull()) {
            return missing(path);
        }
        return oneOf(type, value, path);
    }

    public <E extends Enum<E>> @Nullable E oneOf(Class<E> type, JsonNode value, String path) {
        if (value.isString()) {
            for (E constant : type.getEnumConstants()) {
                if (constant.name().equals(value.asString())) {
                    return constant;
                }
            }
        }
        List<String> names = new ArrayList<>();
        for (E constant : type.getEnumConstants()) {
            names.add(constant.name());
        }
        return problem(path, "must be one of " + String.join(", ", names));
    }

    /** Records a problem; returns null so that readers can write {@code return input.problem(...)}. */
    public <T> @Nullable T problem(String path, String message) {
        problems.add(new FieldProblem(path, message));
        return null;
    }

    private <T> @Nullable T missing(String path) {
        return problem(path, "is required");
    }

    public boolean valid() {
        return problems.isEmpty();
    }

    /** Throws an {@link InvalidInputException} of the given kind when any problem was found. */
    public void throwIfInvalid(String kind) {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(kind, problems);
        }
    }

    public List<FieldProblem> problems() {
        return List.copyOf(problems);
    }
}
