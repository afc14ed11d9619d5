package kneadwise.fhir;

import java.util.List;
import java.util.UUID;
import kneadwise.accounts.Account;
import kneadwise.outcomes.SessionLog;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.QuestionnaireResponse;

/**
 * The facade's mapping, for the Bulk Data export ({@code fhir.export}): the same resources, with the same ids, that
 * a read at {@code /fhir} answers, so that an exported record and a read one never disagree.
 */
public final class BulkResources {

    private BulkResources() {}

    public static Patient patient(Account account) {
        return PatientResources.patient(account);
    }

    /** A session log's answers, as the person gave them. */
    public static QuestionnaireResponse sessionLog(SessionLog log, UUID patientId) {
        return SessionLogResponses.response(log, patientId);
    }

    /** A session log's pain and, when asked that session, its function score. */
    public static List<Observation> sessionScores(SessionLog log, UUID patientId) {
        return SessionLogResponses.observations(log, patientId);
    }
}
