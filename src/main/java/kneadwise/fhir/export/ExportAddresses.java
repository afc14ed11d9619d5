package kneadwise.fhir.export;

import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The addresses an export hands out (its status, its files, the kick-off it repeats), all built on the configured
 * public address ({@code kneadwise.base-url}), never on the request's Host header.
 */
@Component
class ExportAddresses {

    private final String base;

    ExportAddresses(@Value("${kneadwise.base-url:http://localhost:8080}") String baseUrl) {
        this.base = baseUrl.replaceAll("/+$", "");
    }

    /** The public address of a path on this server, such as a kick-off's. */
    String of(String pathAndQuery) {
        return base + pathAndQuery;
    }

    String status(UUID job) {
        return base + "/fhir/$" + ExportOperations.STATUS + "?_jobId=" + job;
    }

    String file(UUID job, int number) {
        return base + "/fhir/$" + ExportOperations.FILE + "?_jobId=" + job + "&_file=" + number;
    }
}
