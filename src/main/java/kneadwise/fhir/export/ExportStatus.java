package kneadwise.fhir.export;

import ca.uhn.fhir.context.FhirContext;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import kneadwise.fhir.export.ExportJob.ExportFile;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.OperationOutcome.IssueSeverity;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The answer to a status request (Bulk Data Access IG 2.0): while the export is written, 202 with {@code X-Progress}
 * and {@code Retry-After} (429 to a client polling faster than half that); when done, 200 with the manifest and
 * {@code Expires}; when it failed, 500 with an OperationOutcome.
 */
@Component
class ExportStatus {

    private final ExportJobs jobs;
    private final ExportSettings settings;
    private final JsonMapper json;
    private final FhirContext fhir;
    private final ExportAddresses addresses;

    ExportStatus(
            ExportJobs jobs, ExportSettings settings, JsonMapper json, FhirContext fhir, ExportAddresses addresses) {
        this.jobs = jobs;
        this.settings = settings;
        this.json = json;
        this.fhir = fhir;
        this.addresses = addresses;
    }

    void answer(ExportJob job, HttpServletResponse response) throws IOException {
        if (!job.finished()) {
            String retryAfter = String.valueOf(Math.max(1, settings.retryAfter().toSeconds()));
            response.setHeader("Retry-After", retryAfter);
            if (!jobs.polled(job.id(), settings.retryAfter().dividedBy(2))) {
                outcome(
                        fhir,
                        response,
                        429,
                        IssueSeverity.ERROR,
                        "Polled too soon: wait " + retryAfter + " seconds (Retry-After) between status requests.");
                return;
            }
            response.setStatus(202);
            response.setHeader(
                    "X-Progress",
                    job.state() == ExportJob.State.QUEUED
                            ? "waiting to start"
                            : Objects.requireNonNullElse(job.progress(), "starting"));
            return;
        }
        response.setHeader(
                "Expires",
                DateTimeFormatter.RFC_1123_DATE_TIME.format(
                        Objects.requireNonNull(job.expiresAt()).atOffset(ZoneOffset.UTC)));
        if (job.state() == ExportJob.State.FAILED) {
            outcome(
                    fhir,
                    response,
                    500,
                    IssueSeverity.FATAL,
                    Objects.requireNonNullElse(job.error(), "The export failed."));
            return;
        }
        response.setStatus(200);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getWriter(), manifest(job));
    }

    private ObjectNode manifest(ExportJob job) {
        ObjectNode manifest = json.createObjectNode();
        manifest.put(
                "transactionTime", Objects.requireNonNull(job.transactionTime()).toString());
        manifest.put("request", job.request().request());
        manifest.put("requiresAccessToken", true);
        ArrayNode output = manifest.putArray("output");
        for (ExportFile file : job.files()) {
            output.addObject()
                    .put("type", file.type())
                    .put("url", addresses.file(job.id(), file.number()))
                    .put("count", file.count());
        }
        manifest.putArray("error");
        return manifest;
    }

    /** An answer that is only an OperationOutcome: its issue's code follows from the status. */
    static void outcome(FhirContext fhir, HttpServletResponse response, int status, IssueSeverity severity, String text)
            throws IOException {
        IssueType type =
                status == 429 ? IssueType.THROTTLED : status >= 500 ? IssueType.EXCEPTION : IssueType.INFORMATIONAL;
        OperationOutcome outcome = new OperationOutcome();
        outcome.addIssue().setSeverity(severity).setCode(type).setDiagnostics(text);
        response.setStatus(status);
        response.setContentType("application/fhir+json");
        response.setCharacterEncoding("UTF-8");
        fhir.newJsonParser().encodeResourceToWriter(outcome, response.getWriter());
    }
}
