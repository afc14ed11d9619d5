package kneadwise.checkin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import kneadwise.testing.FullStackTest;
import kneadwise.testing.ServiceClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code POST /api/v1/assessments} over real HTTP (CONTRACT.md sections 2-6). */
@FullStackTest
class AssessmentApiTest {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    ServiceClient service;

    @Test
    void answersTheContractsExample() {
        HttpResponse<String> response = service.postJson("/api/v1/assessments", IntakeReaderTest.FULL);

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.at("/knowledgeBase/version").asString()).isEqualTo("2026.1");
        assertThat(body.at("/knowledgeBase/date").asString()).isEqualTo("2026-11-21");
        assertThat(body.at("/painPhase").asString()).isEqualTo("CHRONIC");
        assertThat(body.at("/triage/level").asString()).isEqualTo("MASSAGE_WITH_PRECAUTIONS");
        assertThat(body.at("/triage/reasons/0/code").asString()).isEqualTo("OSTEOPOROSIS");
        assertThat(body.at("/triage/reasons/0/message").asString()).isNotBlank();
        assertThat(body.at("/scores/painNrs").asInt()).isEqualTo(6);
        assertThat(body.at("/scores/startBack/total").asInt()).isEqualTo(5);
        assertThat(body.at("/scores/startBack/psychosocial").asInt()).isEqualTo(3);
        assertThat(body.at("/scores/startBack/risk").asString()).isEqualTo("MEDIUM");
        assertThat(body.at("/scores/rmdq/score").asInt()).isEqualTo(12);
        assertThat(body.at("/scores/odi/percent").asDouble()).isEqualTo(31.1);
        assertThat(body.at("/scores/odi/band").asString()).isEqualTo("MODERATE");
        assertThat(body.at("/recommendation/massage").asString()).isEqualTo("WITH_PRECAUTIONS");
        assertThat(body.at("/recommendation/summary").asString()).isNotBlank();
        assertThat(body.at("/recommendation/combineWith").isArray()).isTrue();
        assertThat(body.at("/evidence/0/id").asString()).isNotBlank();
        assertThat(body.at("/evidence/0/certainty").asString()).isIn("HIGH", "MODERATE", "LOW", "VERY_LOW");
        assertThat(body.at("/evidence/0/sources/0/citation").asString()).startsWith("Furlan AD");
        assertThat(body.at("/evidence/0/sources/0/doi").asString()).isEqualTo("10.1002/14651858.CD001929.pub3");
        assertThat(body.at("/plan/sessions").asInt()).isEqualTo(6);
        assertThat(body.at("/plan/everyDays").asInt()).isEqualTo(7);
        assertThat(body.at("/plan/minutes").asInt()).isEqualTo(60);
        assertThat(body.at("/plan/checkpointAfterSession").asInt()).isEqualTo(3);
    }

    @Test
    void instrumentsNotGivenAndThePlanOfAnEmergencyAreNull() {
        HttpResponse<String> response = service.postJson(
                "/api/v1/assessments",
                "{\"age\": 52, \"painDurationWeeks\": 1, \"painNow\": 8, \"findings\": [\"SADDLE_NUMBNESS\"]}");

        JsonNode body = JSON.readTree(response.body());
        assertThat(body.at("/triage/level").asString()).isEqualTo("EMERGENCY");
        assertThat(body.at("/recommendation/massage").asString()).isEqualTo("NOT_NOW");
        assertThat(body.get("plan").isNull()).isTrue();
        assertThat(body.at("/scores/startBack").isNull()).isTrue();
        assertThat(body.at("/scores/rmdq").isNull()).isTrue();
        assertThat(body.at("/scores/odi").isNull()).isTrue();
    }

    @Test
    void invalidInputIsAProblemDocumentNamingEveryField() {
        HttpResponse<String> response = service.postJson(
                "/api/v1/assessments", "{\"age\": 15, \"painNow\": 12, \"odi\": [1, 2, 3, 4, 5, 6, 7, 8, 9, 0]}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.get("title").asString()).isEqualTo("Invalid intake");
        assertThat(body.get("status").asInt()).isEqualTo(400);
        assertThat(body.get("type").asString()).isNotBlank();
        assertThat(body.get("errors")
                        .valueStream()
                        .map(error -> error.get("field").asString()))
                .containsExactly("age", "painDurationWeeks", "painNow", "odi[5]", "odi[6]", "odi[7]", "odi[8]");
    }

    @Test
    void malformedJsonIsA400NotA500() {
        HttpResponse<String> response = service.postJson("/api/v1/assessments", "{\"age\": 47,");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(JSON.readTree(response.body()).get("title").asString()).isEqualTo("Malformed JSON");
    }

    @Test
    void otherMistakesAreProblemDocumentsToo() {
        assertThat(service.postJson("/api/v1/assessments", "").statusCode()).isEqualTo(400);
        assertThat(service.postJson("/api/v1/assessments", "null").statusCode()).isEqualTo(400);
        assertThat(service.postJson("/api/v1/assessments", "[]").statusCode()).isEqualTo(400);
        HttpResponse<String> get = service.get("/api/v1/assessments");
        assertThat(get.statusCode()).isEqualTo(405);
        assertThat(get.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    }
}
