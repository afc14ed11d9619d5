package kneadwise.smart;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code GET /.well-known/smart-configuration}, also under {@code /fhir/} (CONTRACT.md section 11): what a SMART
 * backend client needs to get a token here. Built on the configured address, like the issuer.
 */
@RestController
class SmartConfigurationApi {

    static final String PATH = "/.well-known/smart-configuration";
    static final String UNDER_FHIR = "/fhir" + PATH;

    private final Map<String, Object> document;

    SmartConfigurationApi(@Value("${kneadwise.base-url:http://localhost:8080}") String baseUrl) {
        String base = baseUrl.replaceAll("/+$", "");
        Map<String, Object> smart = new LinkedHashMap<>();
        smart.put("issuer", base);
        smart.put("token_endpoint", base + TokenEndpointSecurity.TOKEN_ENDPOINT);
        smart.put("token_endpoint_auth_methods_supported", List.of("private_key_jwt"));
        smart.put("token_endpoint_auth_signing_alg_values_supported", List.of("RS384", "ES384"));
        smart.put("grant_types_supported", List.of("client_credentials"));
        smart.put("scopes_supported", SmartScopes.ALL);
        smart.put("capabilities", List.of("client-confidential-asymmetric", "permission-v1", "permission-v2"));
        this.document = Collections.unmodifiableMap(smart);
    }

    @GetMapping(path = PATH, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> smartConfiguration() {
        return ResponseEntity.ok().cacheControl(CacheControl.noCache()).body(document);
    }

    /**
     * The same document under {@code /fhir/}, where the FHIR server would otherwise take the path for a resource
     * type: passed on to the controller before it gets there.
     */
    @Bean
    FilterRegistrationBean<OncePerRequestFilter> smartConfigurationUnderFhir() {
        FilterRegistrationBean<OncePerRequestFilter> registration =
                new FilterRegistrationBean<>(new OncePerRequestFilter() {
                    @Override
                    protected void doFilterInternal(
                            HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                            throws ServletException, IOException {
                        request.getRequestDispatcher(PATH).forward(request, response);
                    }
                });
        registration.addUrlPatterns(UNDER_FHIR);
        registration.setOrder(Ordered.LOWEST_PRECEDENCE);
        return registration;
    }
}
