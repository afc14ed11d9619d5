package kneadwise.system;

/**
 * Text that must stay on one line (names, email addresses, addresses, licence numbers, short descriptions): it may
 * not hold control characters (C0, such as a line break, a carriage return or a tab; DEL) nor Unicode's line and
 * paragraph separators, which would let a value forge a second line in a mail header, a log or a CSV file.
 */
public final class SingleLine {

    public static final String PROBLEM = "must be one line of text, without line breaks or other control characters";

    private SingleLine() {}

    public static boolean isOneLine(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c == 0x7F || c == 0x85 || c == 0x2028 || c == 0x2029) {
                return false;
            }
        }
        return true;
    }
}
