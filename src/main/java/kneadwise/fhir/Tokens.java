package kneadwise.fhir;

import ca.uhn.fhir.rest.param.TokenOrListParam;
import ca.uhn.fhir.rest.param.TokenParam;
import java.util.List;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.jspecify.annotations.Nullable;

/** Token search matching ({@code system|code}, {@code code}, {@code system|}) over a resource's codings. */
final class Tokens {

    private Tokens() {}

    /** Whether any of the asked tokens matches any coding of the concept; no tokens asked matches everything. */
    static boolean matches(@Nullable TokenOrListParam asked, CodeableConcept concept) {
        if (asked == null) {
            return true;
        }
        return asked.getValuesAsQueryTokens().stream().anyMatch(token -> matches(token, concept.getCoding()));
    }

    static boolean matches(TokenParam token, List<Coding> codings) {
        return codings.stream().anyMatch(coding -> matches(token, coding.getSystem(), coding.getCode()));
    }

    static boolean matches(TokenParam token, @Nullable String system, @Nullable String code) {
        boolean systemMatches = token.getSystem() == null || token.getSystem().equals(system);
        boolean codeMatches = token.getValue() == null
                || token.getValue().isEmpty()
                || token.getValue().equals(code);
        return systemMatches && codeMatches;
    }
}
