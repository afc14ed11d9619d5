package kneadwise.outcomes;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import kneadwise.testing.FullStackTest;
import kneadwise.testing.ServiceClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code POST /api/v1/outcomes/evaluate} (CONTRACT.md section 5). */
@FullStackTest
class OutcomeEvaluationApiTest {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    ServiceClient service;

    @Test
    void answersTheContractsExampleExactly() {
        HttpResponse<String> response = evaluate("{\"instrument\": \"ODI\", \"baseline\": 40, \"followUp\": 28}");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(response.body())).isEqualTo(JSON.readTree("""
                        {"instrument": "ODI", "baseline": 40, "followUp": 28, "improvement": 12,
                         "percentImprovement": 30.0, "verdict": "IMPROVED",
                         "meets": {"absolute": true, "relative": true},
                         "threshold": {"absolute": 10, "relativePercent": 30},
                         "words": "Better by 12 points. Most people notice 10 points or more."}
                        """));
    }

    @Test
    void aSmallBaselineImprovedOnlyByThirtyPercentSaysSoInWords() {
        JsonNode body = JSON.readTree(evaluate("{\"instrument\": \"NRS\", \"baseline\": 2, \"followUp\": 1}")
                .body());

        assertThat(body.get("verdict").asString()).isEqualTo("IMPROVED");
        assertThat(body.get("words").asString())
                .isEqualTo("50% better, but less than the 2 points most people notice.");
    }

    @Test
    void aRiseToTheCeilingIsWorse() {
        JsonNode body = JSON.readTree(evaluate("{\"instrument\": \"NRS\", \"baseline\": 9, \"followUp\": 10}")
                .body());

        assertThat(body.get("verdict").asString()).isEqualTo("WORSENED");
    }

    @Test
    void aBaselineOfZeroHasNoPercentImprovement() {
        JsonNode body = JSON.readTree(evaluate("{\"instrument\": \"NRS\", \"baseline\": 0, \"followUp\": 2}")
                .body());

        assertThat(body.get("percentImprovement").isNull()).isTrue();
        assertThat(body.get("verdict").asString()).isEqualTo("WORSENED");
        assertThat(body.at("/threshold/absolute").asInt()).isEqualTo(2);
    }

    @Test
    void rmdqUsesItsOwnThreshold() {
        JsonNode body = JSON.readTree(evaluate("{\"instrument\": \"RMDQ\", \"baseline\": 20, \"followUp\": 16}")
                .body());

        assertThat(body.get("verdict").asString()).isEqualTo("NO_IMPORTANT_CHANGE");
        assertThat(body.at("/threshold/absolute").asInt()).isEqualTo(5);
        assertThat(body.get("percentImprovement").decimalValue()).isEqualByComparingTo("20.0");
    }

    @Test
    void outOfRangeScoresAndUnknownInstrumentsAreNamed() {
        HttpResponse<String> wrongRange = evaluate("{\"instrument\": \"NRS\", \"baseline\": 11, \"followUp\": 2.5}");
        HttpResponse<String> unknown = evaluate("{\"instrument\": \"VAS\", \"followUp\": 101}");

        assertThat(wrongRange.statusCode()).isEqualTo(400);
        assertThat(fields(wrongRange)).containsExactly("baseline", "followUp");
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(fields(unknown)).containsExactly("instrument", "baseline", "followUp");
    }

    @Test
    void aBodyThatIsNotJsonIsABadRequest() {
        assertThat(evaluate("instrument=ODI").statusCode()).isEqualTo(400);
    }

    private HttpResponse<String> evaluate(String json) {
        return service.postJson("/api/v1/outcomes/evaluate", json);
    }

    private static java.util.List<String> fields(HttpResponse<String> response) {
        return JSON.readTree(response.body())
                .get("errors")
                .valueStream()
                .map(error -> error.get("field").asString())
                .toList();
    }
}
