package kneadwise.accounts;

import java.net.URI;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import tools.jackson.databind.json.JsonMapper;

/**
 * Three security chains. The API ({@code /api/**}) and the FHIR facade ({@code /fhir/**}) are stateless and sign in
 * only by bearer token, never by cookie, so cross-site request forgery cannot reach them; everything else is the
 * web, with sessions and CSRF tokens on every form. All send the same security headers.
 */
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET) // not for ./kneadwise admin
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    /**
     * Open to anyone: CONTRACT.md section 2, sign-up, tokens, and using an email verification link (its secret is
     * the proof).
     */
    static final String[] PUBLIC_API = {
        "/api/v1/assessments",
        "/api/v1/outcomes/evaluate",
        "/api/v1/claims/check",
        "/api/v1/accounts",
        "/api/v1/tokens",
        "/api/v1/email-verifications",
        // the API's description and its page (CONTRACT.md section 12)
        "/api/openapi.json",
        "/api/openapi.json.yaml",
        "/api/docs"
    };

    /** The therapist directory and its free slots are public to read (CONTRACT.md section 8). */
    static final String[] PUBLIC_DIRECTORY = {"/api/v1/therapists", "/api/v1/therapists/*", "/api/v1/therapists/*/slots"
    };

    /** Pages with someone's own data or actions: logging in first, then back to the page. */
    static final String[] SIGNED_IN_PAGES = {
        "/account/**",
        "/invitations/**",
        "/check-in/save",
        "/practice/**",
        "/courses/**",
        "/therapists/*/book",
        "/outcomes/**"
    };

    /** No inline script or style anywhere, no framing, no plugins; everything from this origin only. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self';"
            + " img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self';"
            + " form-action 'self'; frame-ancestors 'none'";

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, ApiTokens tokens, JsonMapper json) throws Exception {
        ProblemAuthenticationEntryPoint notSignedIn = new ProblemAuthenticationEntryPoint(json);
        byBearerTokenOnly(http.securityMatcher("/api/**"), tokens)
                .authorizeHttpRequests(requests -> requests.requestMatchers(PUBLIC_API)
                        .permitAll()
                        .requestMatchers(HttpMethod.GET, PUBLIC_DIRECTORY)
                        .permitAll()
                        .requestMatchers("/api/v1/admin/**")
                        .hasRole(Role.SYSTEM_ADMIN.name())
                        .anyRequest()
                        .authenticated())
                .exceptionHandling(exceptions ->
                        exceptions.authenticationEntryPoint(notSignedIn).accessDeniedHandler(notSignedIn::forbidden))
                .headers(SecurityConfiguration::securityHeaders);
        return http.build();
    }

    /**
     * The FHIR facade ({@code /fhir/**}) signs in like the API, by bearer token only, and keeps no session; which
     * resource types need a token, and which records a caller may see, the FHIR server decides (an OperationOutcome
     * for every refusal, CONTRACT.md section 10).
     */
    @Bean
    @Order(2)
    SecurityFilterChain fhir(HttpSecurity http, ApiTokens tokens) throws Exception {
        byBearerTokenOnly(http.securityMatcher("/fhir/**"), tokens)
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .headers(SecurityConfiguration::securityHeaders);
        return http.build();
    }

    /** No session, no CSRF token, no login form: a request is signed in by its bearer token or not at all. */
    private static HttpSecurity byBearerTokenOnly(HttpSecurity http, ApiTokens tokens) throws Exception {
        return http.csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(AbstractHttpConfigurer::disable)
                .httpBasic(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .addFilterBefore(new BearerTokenFilter(tokens), AnonymousAuthenticationFilter.class);
    }

    @Bean
    @Order(3)
    SecurityFilterChain web(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(requests -> requests.requestMatchers("/admin/**")
                        .hasRole(Role.SYSTEM_ADMIN.name())
                        .requestMatchers(SIGNED_IN_PAGES)
                        .authenticated()
                        .anyRequest()
                        .permitAll())
                .formLogin(login -> login.loginPage("/login")
                        .usernameParameter("email")
                        .successHandler(backToThePageOnThisSite())
                        .failureHandler((request, response, failure) -> response.sendRedirect(
                                failure instanceof LockedException ? "/login?throttled" : "/login?error")))
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?signed-out"))
                .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(toTheLoginPage()))
                .httpBasic(AbstractHttpConfigurer::disable)
                .headers(SecurityConfiguration::securityHeaders);
        return http.build();
    }

    /**
     * Redirects are relative: an absolute one is built on the request's Host header, which the caller controls
     * (issue 16, item 10).
     */
    private static LoginUrlAuthenticationEntryPoint toTheLoginPage() {
        LoginUrlAuthenticationEntryPoint entryPoint = new LoginUrlAuthenticationEntryPoint("/login");
        entryPoint.setFavorRelativeUris(true);
        return entryPoint;
    }

    /** After logging in, back to the page that asked for it (by its path, never its host), else the account. */
    private static SavedRequestAwareAuthenticationSuccessHandler backToThePageOnThisSite() {
        SavedRequestAwareAuthenticationSuccessHandler success = new SavedRequestAwareAuthenticationSuccessHandler();
        success.setDefaultTargetUrl("/account");
        success.setRedirectStrategy(
                (request, response, url) -> response.sendRedirect(response.encodeRedirectURL(pathOf(url))));
        return success;
    }

    /** The path and query of a saved page's address, or the account page when it has none on this site. */
    static String pathOf(String url) {
        try {
            URI uri = URI.create(url);
            String path = uri.getRawPath();
            if (path == null || !path.startsWith("/") || path.startsWith("//")) {
                return "/account";
            }
            return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
        } catch (IllegalArgumentException notAnAddress) {
            return "/account";
        }
    }

    /**
     * The one way to sign in with a password. As a bean it is the whole of the global authentication manager:
     * Spring Boot then makes no default in-memory user.
     */
    @Bean
    PasswordLogin passwordLogin(Accounts accounts) {
        return new PasswordLogin(accounts);
    }

    static void securityHeaders(HeadersConfigurer<HttpSecurity> headers) {
        headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .frameOptions(HeadersConfigurer.FrameOptionsConfig::deny)
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN));
    }
}
