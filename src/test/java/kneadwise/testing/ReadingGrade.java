package kneadwise.testing;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Flesch-Kincaid grade level of a text: 0.39 x words per sentence + 11.8 x syllables per word - 15.59.
 * Syllables are counted the usual automatic way (groups of vowels, a silent final e dropped, at least one per word);
 * a number counts one syllable per group of digits.
 */
public final class ReadingGrade {

    private static final Pattern VOWEL_GROUPS = Pattern.compile("[aeiouy]+");

    private ReadingGrade() {}

    public static double of(String text) {
        String[] tokens = text.trim().split("\\s+");
        int words = 0;
        int sentences = 0;
        int syllables = 0;
        boolean sentenceOpen = false;
        for (String token : tokens) {
            String word = token.replaceAll("^[^\\p{L}\\p{N}$]+|[^\\p{L}\\p{N}%]+$", "");
            if (word.isEmpty()) {
                continue;
            }
            words++;
            sentenceOpen = true;
            syllables += syllables(word);
            if (token.matches(".*[.!?][\"')\\]]*")) {
                sentences++;
                sentenceOpen = false;
            }
        }
        if (sentenceOpen) {
            sentences++;
        }
        if (words == 0) {
            return 0;
        }
        return 0.39 * words / sentences + 11.8 * syllables / words - 15.59;
    }

    static int syllables(String word) {
        if (word.matches("[$]?[\\d.,%]+")) {
            return word.split("[.,]").length;
        }
        int total = 0;
        for (String part : word.toLowerCase(Locale.ROOT).split("[-/']")) {
            total += syllablesOfPart(part.replaceAll("[^a-z]", ""));
        }
        return Math.max(1, total);
    }

    private static int syllablesOfPart(String part) {
        if (part.isEmpty()) {
            return 0;
        }
        String stem = part.length() > 2 && part.endsWith("e") && !part.endsWith("le")
                ? part.substring(0, part.length() - 1)
                : part;
        Matcher groups = VOWEL_GROUPS.matcher(stem);
        int count = 0;
        while (groups.find()) {
            count++;
        }
        return Math.max(1, count);
    }
}
