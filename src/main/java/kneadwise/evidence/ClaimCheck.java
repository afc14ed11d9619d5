package kneadwise.evidence;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the claims of CLINICAL.md section 7 in a text, in whatever words: a sentence makes a claim when every concept
 * of the claim (a group of alternative words) appears in it, in any order. A sentence that rejects it ("it is a myth
 * that massage flushes toxins") does not count.
 */
public final class ClaimCheck {

    /**
     * Where one sentence ends and the next begins: ., ! or ? followed by space and anything but a small letter
     * (so "e.g. massage" stays one sentence), or a line break.
     */
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+(?=[^\\p{Ll}\\s])|\\R");

    private final List<Claim> claims;
    private final Pattern negation;

    ClaimCheck(List<Claim> claims, Pattern negation) {
        this.claims = List.copyOf(claims);
        this.negation = negation;
    }

    public List<Claim> claims() {
        return claims;
    }

    /** Every claim made in {@code text}, in the order of the text. */
    public List<ClaimFound> check(String text) {
        List<ClaimFound> found = new ArrayList<>();
        int start = 0;
        Matcher boundary = SENTENCE_END.matcher(text);
        while (boundary.find()) {
            checkSentence(text, start, boundary.start(), found);
            start = boundary.end();
        }
        checkSentence(text, start, text.length(), found);
        return found;
    }

    private void checkSentence(String text, int start, int end, List<ClaimFound> found) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (start == end) {
            return;
        }
        CharSequence sentence = text.subSequence(start, end);
        if (negation.matcher(sentence).find()) {
            return;
        }
        for (Claim claim : claims) {
            if (claim.allOf().stream()
                    .allMatch(concept -> concept.matcher(sentence).find())) {
                found.add(new ClaimFound(claim, start, end));
            }
        }
    }
}
