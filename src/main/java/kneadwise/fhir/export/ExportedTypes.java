package kneadwise.fhir.export;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import kneadwise.accounts.AllPatients;
import kneadwise.checkin.AllCheckins;
import kneadwise.fhir.BulkJson;
import kneadwise.fhir.BulkResources;
import kneadwise.outcomes.AllSessionLogs;
import org.hl7.fhir.r4.model.Resource;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import tools.jackson.core.JsonGenerator;

/**
 * The resource types an export writes, and where each comes from: the same mapping as the FHIR facade's reads
 * ({@link BulkResources}), over rows streamed from PostgreSQL. A person's QuestionnaireResponses are their kept
 * check-ins and their session logs; their Observations, the scores of both.
 */
@Component
class ExportedTypes {

    /** In the order written: a patient before what refers to them. */
    static final List<String> ALL = List.of("Patient", "QuestionnaireResponse", "Observation");

    private final AllPatients patients;
    private final AllCheckins checkins;
    private final AllSessionLogs logs;
    private final FhirContext fhir;

    ExportedTypes(AllPatients patients, AllCheckins checkins, AllSessionLogs logs, FhirContext fhir) {
        this.patients = patients;
        this.checkins = checkins;
        this.logs = logs;
        this.fhir = fhir;
    }

    /**
     * Hands every resource of the type to {@code each}.
     *
     * @param members these patients' resources alone, or everyone's when null
     * @param since only resources changed after this time, or all when null
     */
    void write(String type, UUID @Nullable [] members, @Nullable Instant since, Consumer<Resource> each) {
        switch (type) {
            case "Patient" -> patients.forEach(members, since, account -> each.accept(BulkResources.patient(account)));
            case "QuestionnaireResponse" -> {
                checkins.forEach(members, since, kept -> each.accept(BulkResources.checkin(kept)));
                logs.forEach(
                        members, since, owned -> each.accept(BulkResources.sessionLog(owned.log(), owned.patientId())));
            }
            case "Observation" -> {
                checkins.forEach(
                        members,
                        since,
                        kept -> BulkResources.checkinScores(kept).forEach(each));
                logs.forEach(
                        members,
                        since,
                        owned -> BulkResources.sessionScores(owned.log(), owned.patientId())
                                .forEach(each));
            }
            default -> throw new IllegalArgumentException("not an exported type: " + type);
        }
    }

    /**
     * Writes every resource of the type as JSON, calling {@code endOfLine} after each: patients and session logs
     * straight ({@link BulkJson}: the same JSON, without building HAPI's objects), check-ins (a few per person, not
     * one per session) through HAPI.
     */
    void writeJson(
            String type, UUID @Nullable [] members, @Nullable Instant since, JsonGenerator out, Runnable endOfLine) {
        IParser hapi = fhir.newJsonParser();
        switch (type) {
            case "Patient" ->
                patients.forEach(members, since, account -> {
                    BulkJson.patient(out, account);
                    endOfLine.run();
                });
            case "QuestionnaireResponse" -> {
                checkins.forEach(members, since, kept -> {
                    out.writeRawValue(hapi.encodeResourceToString(BulkResources.checkin(kept)));
                    endOfLine.run();
                });
                logs.forEach(members, since, owned -> {
                    BulkJson.sessionLog(out, owned.log(), owned.patientId());
                    endOfLine.run();
                });
            }
            case "Observation" -> {
                checkins.forEach(members, since, kept -> {
                    for (Resource score : BulkResources.checkinScores(kept)) {
                        out.writeRawValue(hapi.encodeResourceToString(score));
                        endOfLine.run();
                    }
                });
                logs.forEach(members, since, owned -> {
                    BulkJson.painScore(out, owned.log(), owned.patientId());
                    endOfLine.run();
                    if (BulkJson.hasFunctionScore(owned.log())) {
                        BulkJson.functionScore(out, owned.log(), owned.patientId());
                        endOfLine.run();
                    }
                });
            }
            default -> throw new IllegalArgumentException("not an exported type: " + type);
        }
    }
}
