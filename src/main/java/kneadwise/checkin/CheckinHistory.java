package kneadwise.checkin;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import kneadwise.accounts.Account;
import kneadwise.system.FieldProblem;
import kneadwise.system.InvalidInputException;
import kneadwise.system.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;

/**
 * A person's kept check-ins for other modules (the FHIR facade), with the same access check and audit as the API:
 * the person, their therapist while a course links them, a clinician they invited. A refused look is audited and
 * answered as "not found".
 */
@Service
public class CheckinHistory {

    private final CheckinRecords records;
    private final SavedAssessments saved;

    CheckinHistory(CheckinRecords records, SavedAssessments saved) {
        this.records = records;
        this.saved = saved;
    }

    /** The patient's kept check-ins, newest first; empty when the viewer may not see them (audited either way). */
    @Transactional(noRollbackFor = NotFoundException.class)
    public Optional<List<KeptCheckin>> of(Account viewer, UUID patientId) {
        try {
            return Optional.of(records.ofPatient(viewer, patientId).stream()
                    .map(kept -> kept(patientId, kept))
                    .toList());
        } catch (NotFoundException refused) {
            return Optional.empty();
        }
    }

    /** One kept check-in by its id, when the viewer may see its patient's record. */
    @Transactional(noRollbackFor = NotFoundException.class)
    public Optional<KeptCheckin> find(Account viewer, UUID checkinId) {
        return historyAround(viewer, checkinId)
                .flatMap(all ->
                        all.stream().filter(one -> one.id().equals(checkinId)).findFirst());
    }

    /**
     * All kept check-ins of the patient whose check-in this is, newest first, when the viewer may see them: what a
     * check-in's flags need (a newer check-in ends them), in one audited look.
     */
    @Transactional(noRollbackFor = NotFoundException.class)
    public Optional<List<KeptCheckin>> historyAround(Account viewer, UUID checkinId) {
        return saved.ownerOf(checkinId).flatMap(patientId -> of(viewer, patientId));
    }

    /**
     * Assesses an intake and keeps it in the person's own record, exactly as {@code POST /api/v1/me/assessments}.
     *
     * @throws kneadwise.system.InvalidInputException naming every invalid intake field; then nothing is kept
     */
    public KeptCheckin assessAndKeep(Account me, JsonNode intake) {
        return kept(me.id(), records.assessAndKeep(me, intake));
    }

    /** What is wrong with an intake, field by field, without assessing or keeping anything. */
    public List<FieldProblem> problemsIn(JsonNode intake) {
        try {
            IntakeReader.read(intake);
            return List.of();
        } catch (InvalidInputException invalid) {
            return invalid.problems();
        }
    }

    private static KeptCheckin kept(UUID patientId, SavedAssessments.Saved kept) {
        return new KeptCheckin(kept.id(), patientId, kept.createdAt(), kept.intake(), kept.assessment());
    }
}
