package kneadwise.smart;

import com.nimbusds.jose.JOSEException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.oauth2.server.resource.web.access.BearerTokenAccessDeniedHandler;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The Bulk Data addresses (CONTRACT.md section 11) take only our own access tokens, from {@code POST
 * /fhir/auth/token}, with a {@code system/*} read scope: Spring Security's resource server, in a chain of its own ahead
 * of the FHIR facade's, so that a person's bearer token is refused there (401) and a system's is refused everywhere
 * else. Which client may export what, the export itself decides.
 */
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET) // not for ./kneadwise admin
@Configuration(proxyBeanMethods = false)
class SystemTokenSecurity {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final BearerTokenAuthenticationEntryPoint BEARER = new BearerTokenAuthenticationEntryPoint();

    /** The export kick-offs, the status of an export and its files. */
    static final String[] BULK_DATA = {
        "/fhir/$export",
        "/fhir/Patient/$export",
        "/fhir/Group/*/$export",
        "/fhir/$export-poll-status",
        "/fhir/$export-file"
    };

    @Bean
    @Order(0)
    SecurityFilterChain backendSystems(
            HttpSecurity http, SigningKey key, @Value("${kneadwise.base-url:http://localhost:8080}") String baseUrl)
            throws Exception {
        http.securityMatcher(bulkData())
                .oauth2ResourceServer(server -> server.authenticationEntryPoint(SystemTokenSecurity::notSignedIn)
                        .accessDeniedHandler(SystemTokenSecurity::forbidden)
                        .jwt(jwt -> {
                            try {
                                jwt.decoder(key.decoder(baseUrl.replaceAll("/+$", "")));
                            } catch (JOSEException unusable) {
                                throw new IllegalStateException(
                                        "The stored signing key has no usable public key", unusable);
                            }
                        }))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(SystemTokenSecurity::notSignedIn)
                        .accessDeniedHandler(SystemTokenSecurity::forbidden))
                .csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(AbstractHttpConfigurer::disable)
                .authorizeHttpRequests(requests -> requests.anyRequest()
                        .hasAnyAuthority(SmartScopes.ALL.stream()
                                .map(scope -> "SCOPE_" + scope)
                                .toArray(String[]::new)));
        return http.build();
    }

    /**
     * 401 as OAuth 2.0 bearer tokens say (RFC 6750: {@code WWW-Authenticate}), with an OperationOutcome as every FHIR
     * refusal here has (CONTRACT.md section 10).
     */
    private static void notSignedIn(
            HttpServletRequest request, HttpServletResponse response, AuthenticationException refused)
            throws IOException {
        BEARER.commence(request, response, refused);
        outcome(
                response,
                "login",
                "Bulk Data export needs a backend system's access token (POST /fhir/auth/token);"
                        + " this request had none that is valid.");
    }

    private static void forbidden(
            HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied) throws IOException {
        new BearerTokenAccessDeniedHandler().handle(request, response, denied);
        outcome(response, "forbidden", "The access token has no system read scope (system/*.read or system/*.rs).");
    }

    private static void outcome(HttpServletResponse response, String code, String text) throws IOException {
        ObjectNode outcome = JSON.createObjectNode().put("resourceType", "OperationOutcome");
        outcome.putArray("issue")
                .addObject()
                .put("severity", "error")
                .put("code", code)
                .put("diagnostics", text);
        response.setContentType("application/fhir+json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(JSON.writeValueAsString(outcome));
    }

    private static RequestMatcher bulkData() {
        PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();
        RequestMatcher[] matchers = new RequestMatcher[BULK_DATA.length];
        for (int i = 0; i < BULK_DATA.length; i++) {
            matchers[i] = paths.matcher(BULK_DATA[i]);
        }
        return new OrRequestMatcher(matchers);
    }
}
