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
        assertThat(body.at("/knowledgeBase/version").asString()).isEqualTo("2026.2");
        assertThat(body.at("/knowledgeBase/date").asString()).isEqualTo("2026-11-28");
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
        // version 2 (CLINICAL.md 2a, 5a)
        assertThat(body.at("/knowledgeBase/nextReview").asString()).isEqualTo("2027-05-28");
        assertThat(body.at("/knowledgeBase/updatePolicy").asString()).isNotBlank();
        assertThat(body.at("/triage").has("urgency")).isTrue();
        assertThat(body.at("/triage/urgency").isNull()).isTrue();
        assertThat(body.at("/triage/reasons/0/urgency").isNull()).isTrue();
        assertThat(body.at("/triage/reasons/0/cleared").asBoolean()).isFalse();
        assertThat(body.at("/safetyNet").asString()).startsWith("Go to an emergency department now (911)");
        assertThat(body.at("/options/0/option").asString()).isNotBlank();
        assertThat(body.at("/options/0/certainty").asString()).isIn("HIGH", "MODERATE", "LOW", "VERY_LOW");
        assertThat(body.at("/options/0/sources/0/citation").asString()).isNotBlank();
        assertThat(body.at("/options")
                        .valueStream()
                        .map(option -> option.get("option").asString()))
                .contains("Exercise", "Massage");
        assertThat(body.at("/disclosure").asString()).contains("cannot pay to be ranked", "2026.2");
        assertThat(body.at("/evidence/0/sources/0/year").asInt()).isEqualTo(2015);
    }

    @Test
    void aFeverSaysTodayAndABloodThinnerClearedByADoctorCanBeMassagedLightly() {
        JsonNode fever = JSON.readTree(service.postJson(
                        "/api/v1/assessments",
                        "{\"age\": 40, \"painDurationWeeks\": 2, \"painNow\": 5, \"findings\": [\"FEVER_OR_CHILLS\"]}")
                .body());
        assertThat(fever.at("/triage/urgency").asString()).isEqualTo("TODAY");
        assertThat(fever.at("/triage/reasons/0/urgency").asString()).isEqualTo("TODAY");
        assertThat(fever.at("/recommendation/massage").asString()).isEqualTo("NOT_NOW");
        assertThat(fever.get("options").isNull()).isTrue();

        HttpResponse<String> cleared = service.postJson(
                "/api/v1/assessments",
                "{\"age\": 40, \"painDurationWeeks\": 20, \"painNow\": 5,"
                        + " \"findings\": [\"BLEEDING_DISORDER_OR_ANTICOAGULANTS\"],"
                        + " \"clearedFindings\": [\"BLEEDING_DISORDER_OR_ANTICOAGULANTS\"],"
                        + " \"whatMatters\": [\"HANDS_ON_CARE\"]}");
        assertThat(cleared.statusCode()).as(cleared.body()).isEqualTo(200);
        JsonNode body = JSON.readTree(cleared.body());
        assertThat(body.at("/triage/level").asString()).isEqualTo("MASSAGE_WITH_PRECAUTIONS");
        assertThat(body.at("/triage/reasons/0/cleared").asBoolean()).isTrue();
        assertThat(body.at("/triage/reasons/0/message").asString()).contains("light pressure only");
        assertThat(body.at("/recommendation/massage").asString()).isEqualTo("WITH_PRECAUTIONS");
        assertThat(body.at("/answer/pressure").asString()).startsWith("Light pressure only.");
        assertThat(body.at("/options")
                        .valueStream()
                        .filter(option -> option.get("fits").asBoolean())
                        .map(option -> option.get("id").asString()))
                .contains("massage-chronic", "acupuncture-chronic", "manipulation-chronic")
                .doesNotContain("exercise");
    }

    @Test
    void anEmergencyOrAReasonThatDidNotFireCannotBeClearedAndTheProblemNamesIt() {
        HttpResponse<String> response = service.postJson(
                "/api/v1/assessments",
                "{\"age\": 40, \"painDurationWeeks\": 2, \"painNow\": 5,"
                        + " \"findings\": [\"SADDLE_NUMBNESS\", \"OSTEOPOROSIS\"],"
                        + " \"clearedFindings\": [\"SADDLE_NUMBNESS\", \"FEVER_OR_CHILLS\", \"OSTEOPOROSIS\","
                        + " \"NOT_A_CODE\", 7],"
                        + " \"whatMatters\": [\"FREE_MASSAGE\"]}");

        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.get("errors")
                        .valueStream()
                        .map(error -> error.get("field").asString()))
                .containsExactly(
                        "whatMatters[0]",
                        "clearedFindings[0]",
                        "clearedFindings[1]",
                        "clearedFindings[2]",
                        "clearedFindings[3]",
                        "clearedFindings[4]");
        assertThat(body.get("errors").get(1).get("message").asString()).contains("emergency");
        assertThat(body.get("errors").get(2).get("message").asString()).contains("not a reason this intake gives");
    }

    @Test
    void theEmergencyAnswerHasNoSafetyNetSideEffectsOptionsOrDisclosure() {
        JsonNode body = JSON.readTree(service.postJson(
                        "/api/v1/assessments",
                        "{\"age\": 52, \"painDurationWeeks\": 1, \"painNow\": 8,"
                                + " \"findings\": [\"SADDLE_NUMBNESS\"]}")
                .body());

        assertThat(body.at("/triage/urgency").asString()).isEqualTo("EMERGENCY_NOW");
        assertThat(body.get("safetyNet").isNull()).isTrue();
        assertThat(body.at("/answer/sideEffects").isNull()).isTrue();
        assertThat(body.get("options").isNull()).isTrue();
        assertThat(body.get("disclosure").isNull()).isTrue();
        assertThat(body.get("evidence")).isEmpty();
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
