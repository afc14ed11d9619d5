package kneadwise.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import kneadwise.checkin.KeptCheckin;
import kneadwise.system.FieldProblem;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.StringType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A kept check-in's intake becomes a QuestionnaireResponse to Questionnaire/check-in that HAPI's validator accepts,
 * and that response gives back the same intake; a malformed response is named item by item.
 */
class CheckinResponsesTest {

    static final JsonMapper JSON = JsonMapper.builder().build();

    static final String EVERYTHING = """
            {"age": 47, "painDurationWeeks": 16, "painNow": 6, "findings": ["OSTEOPOROSIS", "MINOR_TRAUMA"],
             "clearedFindings": ["POSSIBLE_FRAGILITY_FRACTURE"], "whatMatters": ["LOW_COST", "HANDS_ON_CARE"],
             "startBack": {"legPain": true, "shoulderOrNeckPain": false, "walksShortDistancesOnly": false,
               "dressesSlowly": true, "notSafeToBeActive": true, "worryingThoughts": true,
               "terribleNeverBetter": false, "noEnjoyment": false, "bothersomeness": "VERY_MUCH"},
             "rmdq": [true, false, true, true, false, false, false, false, true, false, false, false,
                      false, false, true, false, false, false, false, false, false, false, true, true],
             "odi": [2, 1, 3, 2, 2, 1, 0, null, 2, 5]}""";

    @ParameterizedTest
    @ValueSource(strings = {EVERYTHING, """
                {"age": 18, "painDurationWeeks": 0.5, "painNow": 0}""", """
                {"age": 120, "painDurationWeeks": 5200, "painNow": 10, "findings": ["SADDLE_NUMBNESS"],
                 "odi": [null, 0, 0, 0, 0, 0, 0, 0, 0, null]}"""})
    void anIntakeGoesThereAndBackUnchangedAndIsAValidResponse(String text) {
        JsonNode intake = JSON.readTree(text);
        KeptCheckin kept = new KeptCheckin(
                UUID.randomUUID(),
                UUID.randomUUID(),
                Instant.parse("2026-11-02T15:04:05Z"),
                intake,
                JSON.createObjectNode());

        QuestionnaireResponse response = CheckinResponses.response(kept);
        List<FieldProblem> problems = new ArrayList<>();
        JsonNode back = CheckinResponses.intake(response, problems);

        assertThat(problems).isEmpty();
        // Compared as text: the numbers come back as the same JSON, though Jackson may pick another node class.
        assertThat(JSON.writeValueAsString(back)).isEqualTo(JSON.writeValueAsString(intake));
        assertThat(response.getSubject().getReference()).isEqualTo("Patient/" + kept.patientId());
        assertThat(response.getAuthored()).isEqualTo(java.util.Date.from(kept.at()));
        assertThat(FhirValidation.errorsIn(response)).isEmpty();
    }

    @Test
    void everyMalformedItemIsNamedByItsLinkId() {
        QuestionnaireResponse response = CheckinResponses.answers(JSON.readTree(EVERYTHING));
        response.getItem().get(0).getAnswerFirstRep().setValue(new StringType("forty")); // age
        response.addItem().setLinkId("shoe-size").addAnswer().setValue(new BooleanType(true));
        response.getItem().stream()
                .filter(item -> item.getLinkId().equals(Questionnaires.RMDQ_GROUP))
                .findFirst()
                .orElseThrow()
                .getItem()
                .remove(4); // rmdq-5 left out
        response.getItem().stream()
                .filter(item -> item.getLinkId().equals(Questionnaires.START_BACK_GROUP))
                .findFirst()
                .orElseThrow()
                .getItem()
                .get(2)
                .getAnswerFirstRep()
                .setValue(new org.hl7.fhir.r4.model.Coding(null, "maybe", null)); // start-back-3

        List<FieldProblem> problems = new ArrayList<>();
        CheckinResponses.intake(response, problems);

        assertThat(problems)
                .extracting(FieldProblem::field)
                .containsExactlyInAnyOrder("age", "shoe-size", "rmdq-5", "start-back-3");
    }

    @Test
    void theValidatorJudgesAResponseByOurQuestionnaire() {
        QuestionnaireResponse response = CheckinResponses.answers(JSON.readTree(EVERYTHING));
        response.getItem().stream()
                .filter(item -> item.getLinkId().equals(Questionnaires.ODI_GROUP))
                .findFirst()
                .orElseThrow()
                .getItemFirstRep()
                .getAnswerFirstRep()
                .setValue(new org.hl7.fhir.r4.model.Coding(null, "9", null)); // no such answer

        assertThat(FhirValidation.errorsIn(response)).isNotEmpty();
    }

    @Test
    void theIntakesFieldNamesAreTurnedIntoLinkIds() {
        assertThat(CheckinResponses.linkIdOf("odi[3]")).isEqualTo("odi-4");
        assertThat(CheckinResponses.linkIdOf("rmdq[23]")).isEqualTo("rmdq-24");
        assertThat(CheckinResponses.linkIdOf("rmdq")).isEqualTo("rmdq");
        assertThat(CheckinResponses.linkIdOf("startBack.legPain")).isEqualTo("start-back-1");
        assertThat(CheckinResponses.linkIdOf("startBack.bothersomeness")).isEqualTo("start-back-9");
        assertThat(CheckinResponses.linkIdOf("painDurationWeeks")).isEqualTo("pain-duration-weeks");
        assertThat(CheckinResponses.linkIdOf("clearedFindings[0]")).isEqualTo("cleared-findings");
    }
}
