package kneadwise.system.web;

import org.jspecify.annotations.Nullable;

/**
 * Text PostgreSQL cannot store or no person typed: a NUL character, or half of a UTF-16 surrogate pair. Refused by
 * name wherever it comes in (JSON bodies, forms, query strings), so that it never reaches the database.
 */
final class TextChecks {

    private TextChecks() {}

    /** Why the text is refused, or null when it is fine. */
    static @Nullable String problemWith(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u0000') {
                return "must not contain a NUL character";
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return "must not contain half of a surrogate pair (not valid Unicode text)";
            }
            if (Character.isLowSurrogate(c)) {
                return "must not contain half of a surrogate pair (not valid Unicode text)";
            }
        }
        return null;
    }
}
