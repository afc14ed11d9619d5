package kneadwise.fhir;

import java.util.List;
import java.util.UUID;
import kneadwise.accounts.Account;
import kneadwise.checkin.KeptCheckin;
import kneadwise.outcomes.SessionLog;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.QuestionnaireResponse;

/**
 * The facade's mapping, for the Bulk Data export ({@code fhir.export}): the same resources, with the same ids, that
 * a read at {@code /fhir} answers, so that an exported record and a read one never disagree.
 */
public final class BulkResources {

    /** The item of a check-in's QuestionnaireResponse that holds the person's age. */
    public static final String AGE = Questionnaires.AGE;

    private BulkResources() {}

    /** A kept check-in's answers. */
    public static QuestionnaireResponse checkin(KeptCheckin kept) {
        return CheckinResponses.response(kept);
    }

    /** The scores a kept check-in gave. */
    public static List<Observation> checkinScores(KeptCheckin kept) {
        return CheckinResources.observations(kept);
    }

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
