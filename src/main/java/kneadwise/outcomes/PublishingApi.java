package kneadwise.outcomes;

import java.util.List;
import kneadwise.accounts.AuditLog;
import kneadwise.accounts.SignedIn;
import kneadwise.directory.OutcomeRecords;
import kneadwise.directory.Therapist;
import kneadwise.directory.Therapists;
import kneadwise.system.InvalidInputException;
import kneadwise.system.JsonInput;
import kneadwise.system.ProblemDocument;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * {@code PUT /api/v1/me/outcome-record} {@code {"published": true}}: a therapist shows (or, with false, stops
 * showing) their outcome record on their directory profile; 409 while fewer than 10 clients have a finished course.
 */
@RestController
class PublishingApi {

    record State(boolean published, OutcomeRecords.@Nullable Published record) {}

    private final PublishedRecords records;
    private final Therapists therapists;
    private final AuditLog audit;

    PublishingApi(PublishedRecords records, Therapists therapists, AuditLog audit) {
        this.records = records;
        this.therapists = therapists;
        this.audit = audit;
    }

    @PutMapping(path = "/api/v1/me/outcome-record", produces = "application/json")
    ResponseEntity<?> publish(@AuthenticationPrincipal SignedIn me, @RequestBody JsonNode body) {
        Therapist therapist = therapists
                .ownedBy(me.account(), DashboardPage.ONLY_THERAPISTS_PUBLISH)
                .orElse(null);
        if (therapist == null) {
            return conflict("No directory profile", "Write your directory profile first (/practice/profile).");
        }
        JsonInput input = new JsonInput();
        Boolean published = body.isObject() ? input.bool(body, "published", "published") : null;
        if (published == null) {
            input.problem("published", "must be true or false");
            throw new InvalidInputException("outcome record", input.problems());
        }
        OutcomeRecords.Published record;
        if (published) {
            record = records.publish(therapist.id()).orElse(null);
        } else {
            records.withdraw(therapist.id());
            record = records.record(therapist.id()).orElse(null);
        }
        if (record == null && published) {
            return conflict(
                    "Too few finished courses",
                    "An outcome record can be published once 10 or more of your clients have a finished course, so"
                            + " that no one client's result can be read from it.");
        }
        audit.record(me.account(), null, "outcome-record", AuditLog.UPDATE, AuditLog.ALLOWED);
        return ResponseEntity.ok(new State(published, record));
    }

    private static ResponseEntity<ProblemDocument> conflict(String title, String detail) {
        return ResponseEntity.status(HttpStatus.CONFLICT)
                .contentType(MediaType.parseMediaType(ProblemDocument.MEDIA_TYPE))
                .body(new ProblemDocument("urn:kneadwise:problem:cannot-publish", title, 409, detail, List.of()));
    }
}
