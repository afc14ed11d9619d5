package kneadwise.checkin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import kneadwise.accounts.People;
import kneadwise.testing.FullStackTest;
import kneadwise.testing.ServiceClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Booking and the therapist's day read a person's latest check-in through {@link LatestAssessments}, judged by
 * today's rules: a check-in saved under CLINICAL.md version 1, when recent surgery was only a precaution, no longer
 * opens a booking before the surgeon agrees.
 */
@FullStackTest
class LatestAssessmentsTest {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    ServiceClient service;

    @Autowired
    SavedAssessments saved;

    @Autowired
    LatestAssessments latest;

    @Test
    void aCheckInSavedUnderVersionOneIsJudgedByTodaysRules() {
        // what version 1 said and stored: massage with precautions
        UUID accountId = patientWhoSaved(JSON.readTree("""
                        {"age": 40, "painDurationWeeks": 20, "painNow": 5, "findings": ["RECENT_SURGERY"]}"""), JSON.readTree("""
                        {"knowledgeBase": {"version": "2026.1", "date": "2026-11-21"},
                         "triage": {"level": "MASSAGE_WITH_PRECAUTIONS", "reasons": [{"code": "RECENT_SURGERY",
                           "level": "MASSAGE_WITH_PRECAUTIONS", "message": "Surgery in the last 3 months."}]},
                         "recommendation": {"massage": "WITH_PRECAUTIONS"}}"""));

        LatestAssessments.Latest now = latest.of(accountId).orElseThrow();

        assertThat(now.massage()).isEqualTo("NOT_NOW");
        assertThat(now.notNow()).isTrue();
        assertThat(now.reasonMessages().get("RECENT_SURGERY")).contains("Ask your surgeon before you book");
    }

    @Test
    void aSavedIntakeThatNoLongerReadsFallsBackToTheSavedAnswer() {
        UUID accountId = patientWhoSaved(
                JSON.readTree("{\"age\": 15}"),
                JSON.readTree("{\"recommendation\": {\"massage\": \"REASONABLE_OPTION\"}, \"triage\": {}}"));

        assertThat(latest.of(accountId).orElseThrow().massage()).isEqualTo("REASONABLE_OPTION");
    }

    /** A new patient with one check-in saved on 20 November 2026; returns their account id. */
    private UUID patientWhoSaved(JsonNode intake, JsonNode assessment) {
        ServiceClient patient = People.signedIn(service, People.signUp(service, "PATIENT"));
        UUID accountId =
                UUID.fromString(People.json(patient.get("/api/v1/me")).get("id").asString());
        saved.save(
                accountId,
                new SavedAssessments.Saved(
                        UUID.randomUUID(), Instant.parse("2026-11-20T10:00:00Z"), intake, assessment));
        return accountId;
    }
}
