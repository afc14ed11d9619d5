package kneadwise.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import kneadwise.testing.FullStackTest;
import kneadwise.testing.ServiceClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Who may call what, for every endpoint the running application has. The endpoints are read from the application's
 * own mappings, so a new endpoint fails this test until it is placed in {@link #ACCESS}.
 */
@FullStackTest
class AuthorizationMatrixTest {

    enum Access {
        /** Anyone, signed in or not. */
        ANYONE,
        /** A signed-in person, about their own record only. */
        SIGNED_IN_SELF
    }

    static final Map<String, Access> ACCESS = Map.ofEntries(
            Map.entry("POST /api/v1/assessments", Access.ANYONE),
            Map.entry("POST /api/v1/outcomes/evaluate", Access.ANYONE),
            Map.entry("POST /api/v1/claims/check", Access.ANYONE),
            Map.entry("POST /api/v1/accounts", Access.ANYONE),
            Map.entry("POST /api/v1/tokens", Access.ANYONE),
            Map.entry("GET /api/v1/me", Access.SIGNED_IN_SELF),
            Map.entry("GET /api/v1/me/audit", Access.SIGNED_IN_SELF),
            Map.entry("GET /api/v1/me/export", Access.SIGNED_IN_SELF),
            Map.entry("DELETE /api/v1/me", Access.SIGNED_IN_SELF),
            Map.entry("POST /api/v1/me/assessments", Access.SIGNED_IN_SELF),
            Map.entry("GET /api/v1/me/assessments", Access.SIGNED_IN_SELF),
            // Spring Boot's error page, reached only by forwarding after an error
            Map.entry("ANY /error", Access.ANYONE));

    @Autowired
    ServiceClient service;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void everyEndpointHasAPlaceInTheMatrix() {
        assertThat(endpoints()).containsExactlyInAnyOrderElementsOf(ACCESS.keySet());
    }

    @Test
    void anonymousCallersReachOnlyWhatIsOpenToAnyone() {
        for (String endpoint : endpoints()) {
            if (endpoint.startsWith("ANY ")) {
                continue;
            }
            HttpResponse<String> response = call(service, endpoint);
            if (ACCESS.get(endpoint) == Access.ANYONE) {
                assertThat(response.statusCode()).as(endpoint).isNotIn(401, 403);
            } else {
                assertThat(response.statusCode()).as(endpoint).isEqualTo(401);
            }
        }
    }

    @Test
    void aSignedInPatientReachesEverything() {
        for (String endpoint : endpoints()) {
            if (endpoint.startsWith("ANY ")) {
                continue;
            }
            HttpResponse<String> response = call(People.newPatient(service), endpoint);
            assertThat(response.statusCode()).as(endpoint).isNotIn(401, 403).isLessThan(500);
        }
    }

    private Set<String> endpoints() {
        Set<String> endpoints = new TreeSet<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> mapping :
                mappings.getHandlerMethods().entrySet()) {
            Set<RequestMethod> methods = mapping.getKey().getMethodsCondition().getMethods();
            for (String path : mapping.getKey().getPatternValues()) {
                if (methods.isEmpty()) {
                    endpoints.add("ANY " + path);
                }
                methods.forEach(method -> endpoints.add(method.name() + " " + path));
            }
        }
        return endpoints;
    }

    private static HttpResponse<String> call(ServiceClient client, String endpoint) {
        String method = endpoint.substring(0, endpoint.indexOf(' '));
        String path = endpoint.substring(endpoint.indexOf(' ') + 1);
        boolean withBody = method.equals("POST") || method.equals("PUT") || method.equals("PATCH");
        return client.send(method, path, withBody ? "{}" : null, "application/json");
    }
}
