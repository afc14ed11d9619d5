package kneadwise.fhir.export;

import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.OperationOutcome.IssueSeverity;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.jspecify.annotations.Nullable;

/**
 * Reads a kick-off request as the Bulk Data Access IG 2.0 defines it, and refuses it with one OperationOutcome that
 * names every bad part: {@code Prefer: respond-async} is required; {@code _outputFormat} is NDJSON by one of its three
 * names; {@code _type} names only types we export; {@code _since} is a FHIR instant. A parameter we do not support is
 * refused too, as the IG asks, unless the client sent {@code Prefer: handling=lenient}.
 */
final class KickOffs {

    static final Set<String> OUTPUT_FORMATS = Set.of("application/fhir+ndjson", "application/ndjson", "ndjson");

    private static final Set<String> PARAMETERS = Set.of("_type", "_since", "_outputFormat");

    private KickOffs() {}

    /**
     * @param addresses this server's public addresses, on which the manifest's {@code request} is built (never the
     *     request's Host header)
     */
    static ExportRequest read(
            HttpServletRequest request, ExportLevel level, @Nullable String groupId, ExportAddresses addresses) {
        List<String> problems = new ArrayList<>();
        Set<String> prefer = preferences(request);
        if (!prefer.contains("respond-async")) {
            problems.add("Prefer: the header must say respond-async; an export is always asynchronous.");
        }
        String[] formats = request.getParameterValues("_outputFormat");
        if (formats != null) {
            for (String format : formats) {
                if (!OUTPUT_FORMATS.contains(format)) {
                    problems.add("_outputFormat: '" + printable(format)
                            + "' is not one we write; use application/fhir+ndjson.");
                }
            }
        }
        List<String> types = types(
                request.getParameterValues("_type"),
                ExportRequest.RESEARCH_GROUP.equals(groupId) ? ExportedTypes.RESEARCH : ExportedTypes.ALL,
                problems);
        Instant since = since(request.getParameterValues("_since"), problems);
        if (!prefer.contains("handling=lenient")) {
            Collections.list(request.getParameterNames()).stream()
                    .filter(name -> !PARAMETERS.contains(name))
                    .sorted()
                    .forEach(name -> problems.add(printable(name)
                            + ": not a parameter this server supports (Prefer: handling=lenient" + " ignores it)."));
        }
        if (!problems.isEmpty()) {
            throw refusal(problems);
        }
        String query = request.getQueryString();
        String address = addresses.of(request.getRequestURI() + (query == null ? "" : "?" + query));
        return new ExportRequest(level, groupId, types, since, address);
    }

    /** The types asked for, in our order, or all that this export may hold ({@code exportable}) when none. */
    private static List<String> types(String @Nullable [] given, List<String> exportable, List<String> problems) {
        if (given == null) {
            return exportable;
        }
        Set<String> types = new LinkedHashSet<>();
        for (String list : given) {
            for (String type : list.split(",", -1)) {
                String name = type.strip();
                if (exportable.contains(name)) {
                    types.add(name);
                } else if (ExportedTypes.ALL.contains(name)) {
                    problems.add("_type: " + name + " is never in a research export; it may hold "
                            + String.join(", ", exportable) + ".");
                } else {
                    problems.add("_type: '" + printable(name) + "' is not a type we export; we export "
                            + String.join(", ", exportable) + ".");
                }
            }
        }
        // in our order, which writes a patient before what refers to them
        return exportable.stream().filter(types::contains).toList();
    }

    private static @Nullable Instant since(String @Nullable [] given, List<String> problems) {
        if (given == null) {
            return null;
        }
        if (given.length > 1) {
            problems.add("_since: give it once.");
            return null;
        }
        try {
            return OffsetDateTime.parse(given[0], DateTimeFormatter.ISO_OFFSET_DATE_TIME)
                    .toInstant();
        } catch (DateTimeParseException notAnInstant) {
            problems.add("_since: '" + printable(given[0])
                    + "' is not a FHIR instant with a time zone, such as 2026-11-01T00:00:00Z.");
            return null;
        }
    }

    /** The tokens of every Prefer header, in lower case ("respond-async", "handling=lenient"). */
    private static Set<String> preferences(HttpServletRequest request) {
        Set<String> tokens = new LinkedHashSet<>();
        for (String header : Collections.list(request.getHeaders("Prefer"))) {
            for (String token : header.split("[,;]")) {
                tokens.add(token.strip().toLowerCase(Locale.ROOT).replace(" ", ""));
            }
        }
        return tokens;
    }

    static InvalidRequestException refusal(List<String> problems) {
        OperationOutcome outcome = new OperationOutcome();
        for (String problem : problems) {
            outcome.addIssue()
                    .setSeverity(IssueSeverity.ERROR)
                    .setCode(IssueType.INVALID)
                    .setDiagnostics(problem);
        }
        return new InvalidRequestException(String.join(" ", problems), outcome);
    }

    /** At most 100 characters, without control characters, to quote back safely. */
    private static String printable(String given) {
        String clean = given.replaceAll("\\p{Cntrl}", "?");
        return clean.length() > 100 ? clean.substring(0, 100) + "..." : clean;
    }
}
