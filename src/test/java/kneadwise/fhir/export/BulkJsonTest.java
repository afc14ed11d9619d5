package kneadwise.fhir.export;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import kneadwise.accounts.AllPatients;
import kneadwise.assessment.Instrument;
import kneadwise.demo.DemoOutcomeHistory;
import kneadwise.fhir.BulkJson;
import kneadwise.fhir.BulkResources;
import kneadwise.outcomes.AllSessionLogs;
import kneadwise.outcomes.SessionLog;
import kneadwise.testing.FullStackTest;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The export writes JSON straight from the rows ({@link BulkJson}); the facade maps the same rows to HAPI's objects
 * ({@link BulkResources}). For every patient and session log of a generated population, the two give the same JSON,
 * so an exported resource is exactly the one the facade serves.
 */
@FullStackTest
class BulkJsonTest {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    DemoOutcomeHistory demo;

    @Autowired
    AllPatients patients;

    @Autowired
    AllSessionLogs logs;

    final IParser hapi = FhirContext.forR4Cached().newJsonParser();

    @Test
    void everyResourceIsWrittenAsHapiEncodesIt() {
        demo.add(600, 23, (logged, of) -> {});
        List<String> differences = new ArrayList<>();
        int[] compared = new int[6]; // patients, responses, observations, ODI, RMDQ, side effects
        patients.forEach(null, null, account -> {
            compare(BulkResources.patient(account), json(out -> BulkJson.patient(out, account)), differences);
            compared[0]++;
        });
        logs.forEach(null, null, owned -> {
            SessionLog log = owned.log();
            compare(
                    BulkResources.sessionLog(log, owned.patientId()),
                    json(out -> BulkJson.sessionLog(out, log, owned.patientId())),
                    differences);
            List<org.hl7.fhir.r4.model.Observation> scores = BulkResources.sessionScores(log, owned.patientId());
            compare(scores.getFirst(), json(out -> BulkJson.painScore(out, log, owned.patientId())), differences);
            assertThat(BulkJson.hasFunctionScore(log)).isEqualTo(scores.size() == 2);
            if (scores.size() == 2) {
                compare(scores.get(1), json(out -> BulkJson.functionScore(out, log, owned.patientId())), differences);
            }
            compared[1]++;
            compared[2] += scores.size();
            compared[3] += log.functionInstrument() == Instrument.ODI ? 1 : 0;
            compared[4] += log.functionInstrument() == Instrument.RMDQ ? 1 : 0;
            compared[5] += log.hadSideEffects() ? 1 : 0;
        });
        assertThat(differences).isEmpty();
        // the population has every kind of log the mapping tells apart
        assertThat(compared[0]).isGreaterThan(40);
        assertThat(compared[1]).isGreaterThanOrEqualTo(600);
        assertThat(compared[3]).isPositive();
        assertThat(compared[4]).isPositive();
        assertThat(compared[5]).isPositive();
    }

    private void compare(Resource mapped, String written, List<String> differences) {
        JsonNode expected = JSON.readTree(hapi.encodeResourceToString(mapped));
        JsonNode actual = JSON.readTree(written);
        if (!expected.equals(actual)) {
            differences.add("expected " + expected + "\n     got " + actual);
        }
    }

    private static String json(java.util.function.Consumer<JsonGenerator> write) {
        StringWriter text = new StringWriter();
        try (JsonGenerator out = JSON.createGenerator(text)) {
            write.accept(out);
        }
        return text.toString();
    }
}
