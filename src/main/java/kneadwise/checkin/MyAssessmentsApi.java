package kneadwise.checkin;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import kneadwise.accounts.PersonalData;
import kneadwise.accounts.SignedIn;
import kneadwise.assessment.AssessmentEngine;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A signed-in person's own assessments ({@code /api/v1/me/assessments}): assess and keep, or list. Every read and
 * write is in the audit log. Also the {@code assessments} section of the person's export.
 */
@RestController
class MyAssessmentsApi implements PersonalData {

    private final AssessmentEngine engine;
    private final SavedAssessments saved;
    private final CheckinRecords records;
    private final JsonMapper json;
    private final Clock clock;

    MyAssessmentsApi(
            AssessmentEngine engine, SavedAssessments saved, CheckinRecords records, JsonMapper json, Clock clock) {
        this.engine = engine;
        this.saved = saved;
        this.records = records;
        this.json = json;
        this.clock = clock;
    }

    @PostMapping(path = "/api/v1/me/assessments", consumes = "application/json", produces = "application/json")
    @ResponseStatus(HttpStatus.CREATED)
    @Transactional
    SavedAssessments.Saved assessAndKeep(@AuthenticationPrincipal SignedIn me, @RequestBody JsonNode intake) {
        return records.assessAndKeep(me.account(), intake);
    }

    @GetMapping(path = "/api/v1/me/assessments", produces = "application/json")
    List<SavedAssessments.Saved> mine(@AuthenticationPrincipal SignedIn me) {
        return records.mine(me.account());
    }

    @Override
    public String section() {
        return "assessments";
    }

    @Override
    public Object exportFor(UUID accountId) {
        return saved.of(accountId);
    }
}
