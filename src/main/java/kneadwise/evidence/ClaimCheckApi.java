package kneadwise.evidence;

import java.util.List;
import kneadwise.system.JsonInput;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** {@code POST /api/v1/claims/check}: the claims of CLINICAL.md section 7 found in a text, each with the evidence. */
@RestController
class ClaimCheckApi {

    /** About 30 pages of text: enough for any article, small enough to check at once. */
    static final int MAXIMUM_LENGTH = 100_000;

    private final ClaimCheck claimCheck;

    ClaimCheckApi(EvidenceBase evidence) {
        this.claimCheck = evidence.claimCheck();
    }

    record Found(
            String id,
            String claim,
            int start,
            int end,
            String quote,
            String verdict,
            String evidence,
            List<Citation> sources) {}

    record Citation(
            String citation, @Nullable String doi, @Nullable String url) {}

    record Result(List<Found> claims) {}

    @PostMapping(path = "/api/v1/claims/check", consumes = "application/json", produces = "application/json")
    Result check(@RequestBody JsonNode body) {
        JsonInput input = new JsonInput();
        String text =
                body.isObject() ? input.string(body, "text", "text") : input.problem("$", "must be a JSON object");
        if (text != null && text.length() > MAXIMUM_LENGTH) {
            input.problem("text", "must be at most " + MAXIMUM_LENGTH + " characters");
        }
        input.throwIfInvalid("claim check");
        String checked = java.util.Objects.requireNonNull(text);
        return new Result(claimCheck.check(checked).stream()
                .map(found -> new Found(
                        found.claim().id(),
                        found.claim().claim(),
                        found.start(),
                        found.end(),
                        checked.substring(found.start(), found.end()),
                        found.claim().verdict().name(),
                        found.claim().evidence(),
                        found.claim().sources().stream()
                                .map(s -> new Citation(s.citation(), s.doi(), s.url()))
                                .toList()))
                .toList());
    }
}
