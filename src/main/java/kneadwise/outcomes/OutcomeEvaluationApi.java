package kneadwise.outcomes;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import kneadwise.assessment.ChangeEvaluation;
import kneadwise.assessment.Instrument;
import kneadwise.system.JsonInput;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** {@code POST /api/v1/outcomes/evaluate}: one baseline and follow-up judged by CLINICAL.md section 4. */
@RestController
class OutcomeEvaluationApi {

    @PostMapping(path = "/api/v1/outcomes/evaluate", consumes = "application/json", produces = "application/json")
    EvaluationView evaluate(@RequestBody JsonNode body) {
        JsonInput input = new JsonInput();
        if (!body.isObject()) {
            input.problem("$", "must be a JSON object");
            input.throwIfInvalid("outcome evaluation");
        }
        Instrument instrument = input.oneOf(Instrument.class, body, "instrument", "instrument");
        BigDecimal baseline = score(instrument, body, "baseline", input);
        BigDecimal followUp = score(instrument, body, "followUp", input);
        input.throwIfInvalid("outcome evaluation");
        ChangeEvaluation change =
                ChangeEvaluation.of(requireNonNull(instrument), requireNonNull(baseline), requireNonNull(followUp));
        return EvaluationView.of(change);
    }

    /** A score in the instrument's range (whole numbers for NRS and RMDQ); any number when the instrument is bad. */
    private static @Nullable BigDecimal score(
            @Nullable Instrument instrument, JsonNode body, String field, JsonInput input) {
        BigDecimal maximum = instrument == null ? BigDecimal.valueOf(100) : instrument.maximum();
        BigDecimal score = input.number(body, field, field, BigDecimal.ZERO, maximum);
        if (score != null && instrument != null && !instrument.accepts(score)) {
            return input.problem(field, "must be a whole number for " + instrument.name());
        }
        return score;
    }
}
