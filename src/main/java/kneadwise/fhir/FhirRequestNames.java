package kneadwise.fhir;

import ca.uhn.fhir.rest.server.IResourceProvider;
import io.micrometer.common.KeyValue;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.http.server.observation.DefaultServerRequestObservationConvention;
import org.springframework.http.server.observation.ServerRequestObservationContext;
import org.springframework.stereotype.Component;

/**
 * Names FHIR requests in the request metrics by their template ({@code /fhir/Patient/{id}}), as Spring MVC names its
 * own: the FHIR server is a servlet of its own, so without this every FHIR request would count as one "UNKNOWN"
 * endpoint. Only the types the server serves and its own operations are named, so that made-up addresses cannot
 * multiply the series.
 */
@Component
class FhirRequestNames extends DefaultServerRequestObservationConvention {

    private static final String UNKNOWN = "UNKNOWN";
    private static final String NOT_FOUND = "NOT_FOUND";
    private static final Pattern OPERATION = Pattern.compile("\\$[a-z][a-z-]{0,40}");
    private static final Set<String> SERVER_LEVEL = Set.of(
            "metadata",
            "$export",
            "$export-poll-status",
            "$export-file",
            "auth/token",
            ".well-known/smart-configuration");

    private final Set<String> types;

    FhirRequestNames(List<IResourceProvider> providers) {
        this.types = providers.stream()
                .map(provider -> provider.getResourceType().getSimpleName())
                .collect(Collectors.toUnmodifiableSet());
    }

    @Override
    protected KeyValue uri(ServerRequestObservationContext context) {
        KeyValue named = super.uri(context);
        // Spring names a request no MVC handler took UNKNOWN, or NOT_FOUND when it answered 404 (a missing record).
        if (!UNKNOWN.equals(named.getValue()) && !NOT_FOUND.equals(named.getValue())) {
            return named;
        }
        jakarta.servlet.http.HttpServletRequest request = context.getCarrier();
        if (request == null) {
            return named;
        }
        String template = template(request.getRequestURI());
        return template == null ? named : KeyValue.of(named.getKey(), template);
    }

    /** The template of a FHIR address, or null when it is not one this server serves. */
    @Nullable
    String template(String path) {
        if (!path.startsWith("/fhir/")) {
            return null;
        }
        String rest = path.substring("/fhir/".length());
        if (SERVER_LEVEL.contains(rest)) {
            return path;
        }
        String[] parts = rest.split("/", -1);
        if (!types.contains(parts[0])) {
            return null;
        }
        String type = "/fhir/" + parts[0];
        return switch (parts.length) {
            case 1 -> type;
            case 2 ->
                OPERATION.matcher(parts[1]).matches() || parts[1].equals("_search")
                        ? type + "/" + parts[1]
                        : type + "/{id}";
            case 3 ->
                OPERATION.matcher(parts[2]).matches() || parts[2].equals("_history")
                        ? type + "/{id}/" + parts[2]
                        : null;
            case 4 -> parts[2].equals("_history") ? type + "/{id}/_history/{version}" : null;
            default -> null;
        };
    }
}
