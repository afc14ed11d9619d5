package kneadwise.fhir.export;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.Operation;
import ca.uhn.fhir.rest.server.exceptions.ForbiddenOperationException;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import ca.uhn.fhir.rest.server.exceptions.MethodNotAllowedException;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.UUID;
import kneadwise.accounts.AuditLog;
import kneadwise.fhir.FhirOperations;
import kneadwise.fhir.export.ExportJob.ExportFile;
import kneadwise.smart.BackendClient;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.OperationOutcome.IssueSeverity;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The Bulk Data Access IG 2.0 operations (CONTRACT.md section 11), a HAPI plain provider in the FHIR server: the three
 * kick-offs ({@code $export} at the server, at Patient, at a Group), the status address (GET to poll, DELETE to
 * cancel) and the files. Each answers by hand, as the IG's asynchronous pattern asks: 202 and
 * {@code Content-Location}, then 202 with {@code X-Progress} and {@code Retry-After}, then the manifest.
 */
@Component
class ExportOperations implements FhirOperations {

    static final String STATUS = "export-poll-status";
    static final String FILE = "export-file";
    static final String AUDITED_AS = "bulk-export";

    private final ExportJobs jobs;
    private final ExportFiles files;
    private final GroupMembers groups;
    private final BackendCaller callers;
    private final ExportStatus status;
    private final AuditLog audit;
    private final FhirContext fhir;
    private final ExportAddresses addresses;

    ExportOperations(
            ExportJobs jobs,
            ExportFiles files,
            GroupMembers groups,
            BackendCaller callers,
            ExportStatus status,
            AuditLog audit,
            FhirContext fhir,
            ExportAddresses addresses) {
        this.jobs = jobs;
        this.files = files;
        this.groups = groups;
        this.callers = callers;
        this.status = status;
        this.audit = audit;
        this.fhir = fhir;
        this.addresses = addresses;
    }

    @Override
    public Set<String> streamedOperations() {
        return Set.of(FILE);
    }

    @Operation(name = "$export", idempotent = true, manualResponse = true)
    public void exportEverything(HttpServletRequest request, HttpServletResponse response) throws IOException {
        kickOff(request, response, ExportLevel.SYSTEM, null);
    }

    @Operation(name = "$export", typeName = "Patient", idempotent = true, manualResponse = true)
    public void exportPatients(HttpServletRequest request, HttpServletResponse response) throws IOException {
        kickOff(request, response, ExportLevel.PATIENT, null);
    }

    @Operation(name = "$export", typeName = "Group", idempotent = true, manualResponse = true)
    public void exportGroup(@IdParam IdType group, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        kickOff(request, response, ExportLevel.GROUP, group.getIdPart());
    }

    @Operation(name = "$" + STATUS, idempotent = true, deleteEnabled = true, manualResponse = true)
    public void status(HttpServletRequest request, HttpServletResponse response) throws IOException {
        BackendClient client = callers.current();
        UUID id = jobId(request);
        if (request.getMethod().equals("DELETE")) {
            cancel(client, id, response);
            return;
        }
        getOnly(request);
        ExportJob job = jobs.find(id, client.clientId()).orElseThrow(() -> notFound(id));
        status.answer(job, response);
    }

    @Operation(name = "$" + FILE, idempotent = true, manualResponse = true)
    public void file(HttpServletRequest request, HttpServletResponse response) throws IOException {
        getOnly(request);
        BackendClient client = callers.current();
        UUID id = jobId(request);
        String number = String.valueOf(request.getParameter("_file"));
        ExportJob job = jobs.find(id, client.clientId())
                .filter(found -> found.state() == ExportJob.State.DONE)
                .orElseThrow(() -> notFound(id));
        ExportFile file = job.files().stream()
                .filter(listed -> String.valueOf(listed.number()).equals(number))
                .findFirst()
                .orElseThrow(() -> new ResourceNotFoundException("Export " + id + " has no file " + number + "."));
        Path path = files.of(id, file.number());
        if (!Files.exists(path)) {
            throw new ResourceNotFoundException("The file is gone: the export " + id + " has expired.");
        }
        audit.recordBySystem(client.label(), null, AUDITED_AS, AuditLog.READ, AuditLog.ALLOWED);
        response.setStatus(200);
        response.setContentType("application/fhir+ndjson");
        response.setContentLengthLong(Files.size(path));
        try (OutputStream out = response.getOutputStream()) {
            Files.copy(path, out);
        }
    }

    private void kickOff(
            HttpServletRequest request, HttpServletResponse response, ExportLevel level, @Nullable String group)
            throws IOException {
        getOnly(request);
        BackendClient client = callers.current();
        if (client.research() && !(level == ExportLevel.GROUP && ExportRequest.RESEARCH_GROUP.equals(group))) {
            audit.recordBySystem(client.label(), null, AUDITED_AS, AuditLog.CREATE, AuditLog.DENIED);
            throw new ForbiddenOperationException(
                    "A research client may export only Group/research, which is pseudonymised.");
        }
        if (group != null) {
            groups.requireExists(group);
        }
        ExportRequest asked = KickOffs.read(request, level, group, addresses);
        UUID id = jobs.add(client.clientId(), asked);
        audit.recordBySystem(client.label(), null, AUDITED_AS, AuditLog.CREATE, AuditLog.ALLOWED);
        response.setHeader("Content-Location", addresses.status(id));
        ExportStatus.outcome(
                fhir,
                response,
                202,
                IssueSeverity.INFORMATION,
                "Export " + id + " is under way; poll its Content-Location.");
    }

    private void cancel(BackendClient client, UUID id, HttpServletResponse response) throws IOException {
        if (!jobs.delete(id, client.clientId())) {
            throw notFound(id);
        }
        audit.recordBySystem(client.label(), null, AUDITED_AS, AuditLog.DELETE, AuditLog.ALLOWED);
        ExportStatus.outcome(
                fhir,
                response,
                202,
                IssueSeverity.INFORMATION,
                "Export " + id + " is cancelled; its files are deleted.");
    }

    private static void getOnly(HttpServletRequest request) {
        if (!request.getMethod().equals("GET")) {
            throw new MethodNotAllowedException("Use GET here.", ca.uhn.fhir.rest.api.RequestTypeEnum.GET);
        }
    }

    private static UUID jobId(HttpServletRequest request) {
        String given = request.getParameter("_jobId");
        try {
            UUID id = UUID.fromString(String.valueOf(given));
            if (id.toString().equals(given)) {
                return id;
            }
        } catch (IllegalArgumentException notAnId) {
            // answered below
        }
        throw new InvalidRequestException("_jobId: give the export's id, from the kick-off's Content-Location.");
    }

    private static ResourceNotFoundException notFound(UUID id) {
        return new ResourceNotFoundException(
                "No export " + id + " of this client: it was cancelled, has expired, or" + " never was.");
    }
}
