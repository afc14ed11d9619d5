package kneadwise.assessment;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import kneadwise.evidence.EvidenceBase;
import kneadwise.evidence.Source;
import kneadwise.evidence.Statement;

/**
 * The disclosure of CLINICAL.md section 5a: who runs Kneadwise, that therapists cannot pay to be ranked, that the
 * answer is the same whether or not the person books, the evidence base's version, date, update policy and next
 * review, and the year of each source the answer cites.
 */
final class Disclosure {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.US);

    /** Section 5a; the ranking is the directory's (distance, then price), documented on its search page. */
    static final String NOT_PAID = "Therapists cannot pay to be ranked or recommended: search results are ordered by"
            + " distance, then by price. This answer is the same whether or not you book a massage.";

    private Disclosure() {}

    static String of(EvidenceBase evidence, List<Statement> statements, List<OptionForYou> options) {
        Set<Source> cited = new LinkedHashSet<>();
        statements.forEach(statement -> cited.addAll(statement.sources()));
        options.forEach(option -> cited.addAll(option.option().sources()));
        return evidence.publisher() + " " + NOT_PAID + " " + aboutTheEvidence(evidence)
                + " Sources of this answer, with their years: "
                + cited.stream().map(Source::shortName).collect(Collectors.joining(", ")) + ".";
    }

    /** The evidence base's version, date, update policy and next review. */
    private static String aboutTheEvidence(EvidenceBase evidence) {
        return "This answer uses version " + evidence.version() + " of our evidence base, dated "
                + words(evidence.date()) + ". " + evidence.updatePolicy() + " Next review: "
                + words(evidence.nextReview()) + ".";
    }

    private static String words(LocalDate date) {
        return DATE.format(date);
    }
}
