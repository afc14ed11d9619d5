package kneadwise.checkin;

import java.time.Instant;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import kneadwise.accounts.Account;
import kneadwise.accounts.AuditLog;
import kneadwise.assessment.AssessmentEngine;
import kneadwise.system.InvalidInputException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What other modules may know of a person's latest saved assessment: whether massage is for now (booking refuses
 * a course when it is {@code NOT_NOW}) and the triage reasons (the directory looks for pregnancy-trained therapists
 * when one is {@code PREGNANCY}). The saved intake is judged again by today's rules, so that a check-in saved under
 * an older CLINICAL.md (version 1 let recent surgery book before the surgeon agreed) cannot open a booking that
 * today's rules refuse; the saved answer itself stays as it was told.
 */
@Service
public class LatestAssessments {

    /**
     * @param massage {@code recommendation.massage} (CONTRACT.md section 4): NOT_NOW, WITH_PRECAUTIONS or
     *     REASONABLE_OPTION
     * @param reasons the triage reason codes, such as PREGNANCY
     * @param functionInstrument RMDQ or ODI when the person answered exactly one of them (outcomes then measures
     *     function with it through the course); null when neither or both
     * @param reasonMessages each reason's plain-language message, in the triage's order (for the therapist's view)
     */
    public record Latest(
            UUID id,
            Instant savedAt,
            String massage,
            Set<String> reasons,
            @Nullable String functionInstrument,
            Map<String, String> reasonMessages) {

        public boolean notNow() {
            return "NOT_NOW".equals(massage);
        }
    }

    private final SavedAssessments saved;
    private final AssessmentEngine engine;
    private final JsonMapper json;
    private final AuditLog audit;

    LatestAssessments(SavedAssessments saved, AssessmentEngine engine, JsonMapper json, AuditLog audit) {
        this.saved = saved;
        this.engine = engine;
        this.json = json;
        this.audit = audit;
    }

    /** The person's latest check-in, for a decision the product makes (may they book, which questionnaire). */
    public Optional<Latest> of(UUID accountId) {
        return saved.latestOf(accountId).map(this::latest);
    }

    /**
     * The latest check-in of each of these people, by account id, in one query (people without one are absent): for
     * a Bulk Data export, which reads many courses at once.
     */
    public Map<UUID, Latest> ofAll(Collection<UUID> accountIds) {
        if (accountIds.isEmpty()) {
            return Map.of();
        }
        Map<UUID, Latest> latest = new HashMap<>();
        saved.latestOf(accountIds).forEach((account, kept) -> latest.put(account, latest(kept)));
        return latest;
    }

    /**
     * A patient's latest check-in shown to someone the caller has already found allowed (a therapist's client of the
     * day); the look is in the audit log.
     */
    public Optional<Latest> shownTo(Account viewer, UUID patientId) {
        audit.record(viewer, patientId, CheckinRecords.RECORD, AuditLog.READ, AuditLog.ALLOWED);
        return of(patientId);
    }

    private Latest latest(SavedAssessments.Saved saved) {
        JsonNode assessment = judgedToday(saved);
        Set<String> reasons = assessment
                .path("triage")
                .path("reasons")
                .valueStream()
                .map(reason -> reason.path("code").asString())
                .collect(Collectors.toUnmodifiableSet());
        return new Latest(
                saved.id(),
                saved.createdAt(),
                assessment.path("recommendation").path("massage").asString(),
                reasons,
                functionInstrument(assessment.path("scores")),
                reasonMessages(assessment.path("triage").path("reasons")));
    }

    /** The saved intake judged by the engine as it is now; the saved answer when the intake no longer reads. */
    private JsonNode judgedToday(SavedAssessments.Saved saved) {
        try {
            return json.valueToTree(AssessmentDocument.of(engine.assess(IntakeReader.read(saved.intake()))));
        } catch (InvalidInputException | IllegalArgumentException unreadable) {
            return saved.assessment();
        }
    }

    private static Map<String, String> reasonMessages(JsonNode reasons) {
        Map<String, String> messages = new LinkedHashMap<>();
        reasons.forEach(reason -> messages.put(
                reason.path("code").asString(), reason.path("message").asString()));
        return Collections.unmodifiableMap(messages);
    }

    private static @Nullable String functionInstrument(JsonNode scores) {
        boolean rmdq = scores.path("rmdq").isObject();
        boolean odi = scores.path("odi").isObject();
        if (rmdq == odi) {
            return null;
        }
        return rmdq ? "RMDQ" : "ODI";
    }
}
