package kneadwise.fhir;

import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.rest.server.exceptions.AuthenticationException;
import ca.uhn.fhir.rest.server.exceptions.ForbiddenOperationException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Set;
import kneadwise.accounts.Role;
import kneadwise.accounts.SignedIn;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * The public definitions and directory are open to anyone (CONTRACT.md section 10); every other type is a person's
 * record and needs the API's bearer token, else 401 with an OperationOutcome. Which records a signed-in caller may
 * see is each provider's business (404 for refused and missing alike).
 */
@Interceptor
final class TokenRequired {

    static final Set<String> PUBLIC_TYPES = Set.of(
            "OperationDefinition", // HAPI's own, describing the operations the CapabilityStatement names
            "Questionnaire",
            "CodeSystem",
            "ValueSet",
            "Practitioner",
            "PractitionerRole",
            "Location",
            "Schedule",
            "Slot");

    /**
     * Before HAPI looks for a provider, so that a protected type is 401 without a token whether or not this server
     * has it yet; anything that is not {@code metadata} or a public type counts as a record.
     */
    @Hook(Pointcut.SERVER_INCOMING_REQUEST_PRE_PROCESSED)
    boolean requireATokenForRecords(HttpServletRequest request, HttpServletResponse response) {
        String type = firstSegment(request.getPathInfo());
        if (type.equals("metadata") || PUBLIC_TYPES.contains(type)) {
            return true;
        }
        if (backendSystem()) {
            return true; // a SMART backend client: the security chain let it reach only its operations, which check it
        }
        SignedIn signedIn = signedIn();
        if (signedIn == null) {
            throw new AuthenticationException("A bearer token is needed for " + (type.isEmpty() ? "this request" : type)
                    + " (POST /api/v1/tokens).");
        }
        // A create (POST to a type; a POSTed _search is not one) is a patient's alone. Checked before HAPI reads the
        // body, so that another role is refused (403) whatever the body holds.
        boolean create = request.getMethod().equals("POST")
                && String.valueOf(request.getPathInfo()).replaceAll("^/|/$", "").equals(type);
        if (create && signedIn.account().role() != Role.PATIENT) {
            throw new ForbiddenOperationException("Only a patient posts to FHIR, and only into their own record.");
        }
        return true;
    }

    /** The first segment of the path below {@code /fhir}: the resource type, {@code metadata}, or an operation. */
    static String firstSegment(@Nullable String pathInfo) {
        if (pathInfo == null) {
            return "";
        }
        String path = pathInfo.startsWith("/") ? pathInfo.substring(1) : pathInfo;
        int slash = path.indexOf('/');
        return slash < 0 ? path : path.substring(0, slash);
    }

    /**
     * Signed in, but not as an account: a backend system's access token, accepted only at the Bulk Data addresses
     * (kneadwise.smart.SystemTokenSecurity).
     */
    static boolean backendSystem() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication instanceof JwtAuthenticationToken && authentication.isAuthenticated();
    }

    /** The account the API's bearer token signed in (Spring Security runs before this servlet), if any. */
    static @Nullable SignedIn signedIn() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof SignedIn signedIn ? signedIn : null;
    }
}
