package kneadwise.smart;

import java.util.List;
import kneadwise.system.ServedOutsideMvc;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.annotation.web.configurers.oauth2.server.authorization.OAuth2AuthorizationServerConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.security.oauth2.server.authorization.authentication.JwtClientAssertionAuthenticationProvider;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtGenerator;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * {@code POST /fhir/auth/token} (CONTRACT.md section 11), served by Spring Authorization Server in a security chain
 * of its own, ahead of the FHIR facade's: client credentials with a signed client assertion, nothing else. The chain
 * matches the token endpoint only, so none of the server's other endpoints (authorize, introspect, revoke, its key
 * set, its metadata) exist here. The issuer, and so the {@code aud} an assertion must name, is the configured
 * address ({@code kneadwise.base-url}), never the request's Host header.
 */
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET) // not for ./kneadwise admin
@Configuration(proxyBeanMethods = false)
class TokenEndpointSecurity {

    static final String TOKEN_ENDPOINT = "/fhir/auth/token";

    /** The token endpoint, and the SMART configuration's second address; both answered before Spring MVC. */
    @Bean
    ServedOutsideMvc smartEndpoints() {
        return new ServedOutsideMvc(List.of("POST " + TOKEN_ENDPOINT, "GET " + SmartConfigurationApi.UNDER_FHIR));
    }

    @Bean
    @Order(0)
    SecurityFilterChain smartTokenEndpoint(
            HttpSecurity http,
            RegisteredBackendClients clients,
            AssertionDecoders assertions,
            SigningKey key,
            TokenAudit audit,
            @Value("${kneadwise.base-url:http://localhost:8080}") String baseUrl)
            throws Exception {
        http.securityMatcher(PathPatternRequestMatcher.withDefaults().matcher(TOKEN_ENDPOINT))
                .with(
                        new OAuth2AuthorizationServerConfigurer(),
                        server -> server.registeredClientRepository(clients)
                                .authorizationService(new NoStoredAuthorizations())
                                .authorizationServerSettings(AuthorizationServerSettings.builder()
                                        .issuer(baseUrl.replaceAll("/+$", ""))
                                        .tokenEndpoint(TOKEN_ENDPOINT)
                                        .build())
                                .tokenGenerator(new JwtGenerator(new NimbusJwtEncoder(key.source())))
                                .clientAuthentication(client -> client.authenticationConverters(
                                                converters -> converters.addFirst(new AssertionClient()))
                                        .authenticationProviders(providers -> providers.forEach(provider -> {
                                            if (provider
                                                    instanceof JwtClientAssertionAuthenticationProvider byAssertion) {
                                                byAssertion.setJwtDecoderFactory(assertions);
                                            }
                                        }))
                                        .errorResponseHandler(audit::refused))
                                .tokenEndpoint(token -> token.accessTokenResponseHandler(audit::issued)
                                        .errorResponseHandler(audit::refused)))
                .csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(AbstractHttpConfigurer::disable)
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll());
        return http.build();
    }
}
