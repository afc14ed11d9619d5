package kneadwise.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.TimeUnit;
import kneadwise.accounts.People;
import kneadwise.booking.Practices;
import kneadwise.checkin.IntakeExamples;
import kneadwise.testing.FullStackTest;
import kneadwise.testing.ServiceClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * The npm package fhir-kit-client, which no one here wrote, drives the facade from Node.js
 * ({@code src/test/node/fhir-client-check.mjs}): the CapabilityStatement, a public search followed by its next links,
 * a patient's record with their bearer token, a posted check-in and the Observations derived from it. Runs where
 * {@code node} and {@code npm} are installed ({@code .ci/run} installs them); installs the pinned package itself.
 */
@FullStackTest
class FhirKitClientTest {

    static final Path SCRIPTS = Path.of("src/test/node");

    @Autowired
    ServiceClient service;

    @Autowired
    ApplicationContext context;

    @LocalServerPort
    int port;

    @Test
    void aNodeClientReadsSearchesFollowsNextLinksAndPostsACheckIn() throws Exception {
        assumeTrue(installed("node") && installed("npm"), "node and npm are not installed; .ci/run installs them");
        if (!Files.isDirectory(SCRIPTS.resolve("node_modules/fhir-kit-client"))) {
            run(List.of("npm", "ci", "--no-audit", "--no-fund"), 300);
        }
        for (int i = 0; i < 3; i++) {
            Practices.open(service, context, ZoneId.of("America/New_York"));
        }
        ServiceClient patient = People.newPatient(service);
        String patientId = People.json(patient.get("/api/v1/me")).get("id").asString();
        Path response = Files.createTempFile("check-in", ".json");
        Files.writeString(
                response,
                FhirValidation.FHIR
                        .newJsonParser()
                        .encodeResourceToString(CheckinResponses.answers(
                                CheckinResponsesTest.JSON.readTree(IntakeExamples.WITH_OSTEOPOROSIS))));

        String out = run(
                List.of(
                        "node",
                        "fhir-client-check.mjs",
                        "http://127.0.0.1:" + port + "/fhir",
                        patient.header("Authorization").orElseThrow().substring("Bearer ".length()),
                        patientId,
                        "40.75|-73.99|5|km",
                        response.toAbsolutePath().toString()),
                120);
        JsonNode seen = CheckinResponsesTest.JSON.readTree(out);

        assertThat(seen.get("types").valueStream().map(JsonNode::asString).toList())
                .contains("Patient", "Observation", "QuestionnaireResponse", "Location");
        List<String> locations = new ArrayList<>();
        seen.get("locationIds").valueStream().forEach(id -> locations.add(id.asString()));
        assertThat(locations).hasSize(seen.get("locationTotal").asInt()).hasSizeGreaterThanOrEqualTo(3);
        assertThat(new HashSet<>(locations)).hasSameSizeAs(locations);
        assertThat(seen.get("pages").asInt()).isEqualTo((locations.size() + 1) / 2);
        assertThat(seen.get("patientName").asString()).isEqualTo("Alex Doe");
        assertThat(seen.get("painDerivedFrom")
                        .valueStream()
                        .map(JsonNode::asString)
                        .toList())
                .containsExactly(
                        "QuestionnaireResponse/" + seen.get("createdId").asString());
    }

    private static boolean installed(String command) {
        try {
            return new ProcessBuilder(command, "--version").start().waitFor(30, TimeUnit.SECONDS);
        } catch (IOException | InterruptedException missing) {
            return false;
        }
    }

    private static String run(List<String> command, int seconds) throws Exception {
        Path log = Files.createTempFile("node", ".err");
        Process process = new ProcessBuilder(command)
                .directory(SCRIPTS.toFile())
                .redirectError(log.toFile())
                .start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        boolean ended = process.waitFor(seconds, TimeUnit.SECONDS);
        if (!ended) {
            process.destroyForcibly();
        }
        assertThat(ended && process.exitValue() == 0)
                .as(command + " failed: " + out + Files.readString(log))
                .isTrue();
        return out;
    }
}
