package kneadwise.checkin;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import kneadwise.accounts.Account;
import kneadwise.accounts.AuditLog;
import kneadwise.accounts.RecordAccess;
import kneadwise.assessment.AssessmentEngine;
import kneadwise.system.AfterCommit;
import kneadwise.system.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The kept check-ins of a person's record, read and written only through here so that every look and every keep is
 * in the audit log, whichever page or API asked. Someone not allowed to see a patient is told the record does not
 * exist (404), and that refusal is audited too.
 */
@Service
class CheckinRecords {

    static final String RECORD = "assessments";

    private final SavedAssessments saved;
    private final RecordAccess access;
    private final AuditLog audit;
    private final AssessmentEngine engine;
    private final JsonMapper json;
    private final Clock clock;
    /** Check-ins kept on this node, for the operators' metrics ({@code kneadwise_checkins_total}). */
    private final Counter checkins;

    CheckinRecords(
            SavedAssessments saved,
            RecordAccess access,
            AuditLog audit,
            AssessmentEngine engine,
            JsonMapper json,
            Clock clock,
            MeterRegistry metrics) {
        this.checkins = Counter.builder("kneadwise.checkins")
                .description("Check-ins kept in people's records")
                .register(metrics);
        this.saved = saved;
        this.access = access;
        this.audit = audit;
        this.engine = engine;
        this.json = json;
        this.clock = clock;
    }

    /**
     * Assesses an intake (CONTRACT.md section 3) and keeps it with its answer in the person's own record.
     *
     * @throws kneadwise.system.InvalidInputException naming every invalid field; then nothing is kept
     */
    @Transactional
    SavedAssessments.Saved assessAndKeep(Account me, JsonNode intake) {
        AssessmentDocument assessment = AssessmentDocument.of(engine.assess(IntakeReader.read(intake)));
        SavedAssessments.Saved kept =
                new SavedAssessments.Saved(UUID.randomUUID(), Instant.now(clock), intake, json.valueToTree(assessment));
        keep(me, kept);
        return kept;
    }

    /** Keeps a finished check-in in the person's own record. */
    @Transactional
    void keep(Account me, SavedAssessments.Saved kept) {
        saved.save(me.id(), kept);
        audit.record(me, me.id(), "assessment " + kept.id(), AuditLog.CREATE, AuditLog.ALLOWED);
        AfterCommit.run(checkins::increment);
    }

    /** The person's own kept check-ins, newest first. */
    @Transactional
    List<SavedAssessments.Saved> mine(Account me) {
        audit.record(me, me.id(), RECORD, AuditLog.READ, AuditLog.ALLOWED);
        return saved.of(me.id());
    }

    /** A patient's kept check-ins, for their therapist or a clinician they invited. */
    // noRollbackFor: the refusal itself is audited and must stay in the log.
    @Transactional(noRollbackFor = NotFoundException.class)
    List<SavedAssessments.Saved> ofPatient(Account viewer, UUID patientId) {
        if (!access.canView(viewer, patientId)) {
            audit.record(viewer, patientId, RECORD, AuditLog.READ, AuditLog.DENIED);
            throw new NotFoundException("The patient's record");
        }
        audit.record(viewer, patientId, RECORD, AuditLog.READ, AuditLog.ALLOWED);
        return saved.of(patientId);
    }
}
