package kneadwise.fhir.export;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import kneadwise.accounts.AllPatients;
import kneadwise.fhir.BulkJson;
import kneadwise.fhir.BulkResources;
import kneadwise.outcomes.AllSessionLogs;
import org.hl7.fhir.r4.model.Resource;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import tools.jackson.core.JsonGenerator;

/**
 * The resource types an export writes, and where each comes from: the same mapping as the FHIR facade's reads
 * ({@link BulkResources}), over rows streamed from PostgreSQL.
 */
@Component
class ExportedTypes {

    /** In the order written: a patient before what refers to them. */
    static final List<String> ALL = List.of("Patient", "QuestionnaireResponse", "Observation");

    private final AllPatients patients;
    private final AllSessionLogs logs;

    ExportedTypes(AllPatients patients, AllSessionLogs logs) {
        this.patients = patients;
        this.logs = logs;
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
            case "QuestionnaireResponse" ->
                logs.forEach(
                        members, since, owned -> each.accept(BulkResources.sessionLog(owned.log(), owned.patientId())));
            case "Observation" ->
                logs.forEach(
                        members,
                        since,
                        owned -> BulkResources.sessionScores(owned.log(), owned.patientId())
                                .forEach(each));
            default -> throw new IllegalArgumentException("not an exported type: " + type);
        }
    }

    /**
     * Writes every resource of the type straight as JSON ({@link BulkJson}: the same JSON, without building HAPI's
     * objects), calling {@code endOfLine} after each.
     */
    void writeJson(
            String type, UUID @Nullable [] members, @Nullable Instant since, JsonGenerator out, Runnable endOfLine) {
        switch (type) {
            case "Patient" ->
                patients.forEach(members, since, account -> {
                    BulkJson.patient(out, account);
                    endOfLine.run();
                });
            case "QuestionnaireResponse" ->
                logs.forEach(members, since, owned -> {
                    BulkJson.sessionLog(out, owned.log(), owned.patientId());
                    endOfLine.run();
                });
            case "Observation" ->
                logs.forEach(members, since, owned -> {
                    BulkJson.painScore(out, owned.log(), owned.patientId());
                    endOfLine.run();
                    if (BulkJson.hasFunctionScore(owned.log())) {
                        BulkJson.functionScore(out, owned.log(), owned.patientId());
                        endOfLine.run();
                    }
                });
            default -> throw new IllegalArgumentException("not an exported type: " + type);
        }
    }
}
