package kneadwise.checkin;

import kneadwise.assessment.AssessmentEngine;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** {@code POST /api/v1/assessments}: an intake in, the assessment out. Stores nothing and needs no login. */
@RestController
class AssessmentApi {

    private final AssessmentEngine engine;

    AssessmentApi(AssessmentEngine engine) {
        this.engine = engine;
    }

    @PostMapping(path = "/api/v1/assessments", consumes = "application/json", produces = "application/json")
    AssessmentDocument assess(@RequestBody JsonNode intake) {
        return AssessmentDocument.of(engine.assess(IntakeReader.read(intake)));
    }
}
