package kneadwise.system;

/**
 * One text cell of a CSV file (RFC 4180): always quoted, quotes doubled. A cell a spreadsheet would take for a formula
 * (its first character, or its first after spaces and line breaks, is {@code = + - @}, or it starts with a tab or a
 * carriage return) gets a leading apostrophe, so that opening the file runs nothing (OWASP: CSV injection).
 */
public final class CsvCell {

    private CsvCell() {}

    public static String of(String text) {
        String safe = looksLikeAFormula(text) ? "'" + text : text;
        return "\"" + safe.replace("\"", "\"\"") + "\"";
    }

    static boolean looksLikeAFormula(String text) {
        if (text.isEmpty()) {
            return false;
        }
        char first = text.charAt(0);
        if (first == '\t' || first == '\r') {
            return true;
        }
        String rest = text.stripLeading();
        return !rest.isEmpty() && "=+-@".indexOf(rest.charAt(0)) >= 0;
    }
}
