package kneadwise.accounts;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A patient's standing grants of access for other modules (FHIR's Consent), under the API's rule: only the patient
 * sees their own grants ({@code GET /api/v1/me/access}); anyone else gets none. Every look is audited.
 */
@Service
public class AccessConsents {

    /**
     * @param kind {@code THERAPIST} or {@code CLINICIAN}
     * @param acceptedAt null while the invitation waits to be accepted
     */
    public record StandingGrant(
            UUID id,
            UUID patientId,
            String granteeEmail,
            String kind,
            Instant grantedAt,
            @Nullable Instant acceptedAt) {}

    static final String RECORD = "access grants";

    private final AccessGrants grants;
    private final AuditLog audit;

    AccessConsents(AccessGrants grants, AuditLog audit) {
        this.grants = grants;
        this.audit = audit;
    }

    @Transactional
    public List<StandingGrant> of(Account viewer, UUID patientId) {
        if (!viewer.id().equals(patientId)) {
            audit.record(viewer, patientId, RECORD, AuditLog.READ, AuditLog.DENIED);
            return List.of();
        }
        audit.record(viewer, patientId, RECORD, AuditLog.READ, AuditLog.ALLOWED);
        return grants.standing(patientId).stream()
                .map(grant -> new StandingGrant(
                        grant.id(),
                        patientId,
                        grant.granteeEmail(),
                        grant.kind().name(),
                        grant.grantedAt(),
                        grant.acceptedAt()))
                .toList();
    }
}
