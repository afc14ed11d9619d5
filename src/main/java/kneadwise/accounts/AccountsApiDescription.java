package kneadwise.accounts;

import static kneadwise.system.ApiSchemas.object;
import static kneadwise.system.ApiSchemas.oneOf;
import static kneadwise.system.ApiSchemas.properties;
import static kneadwise.system.ApiSchemas.text;

import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.List;
import kneadwise.system.ApiSchemas;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.AntPathMatcher;

/**
 * The accounts' bodies in the API's description (CONTRACT.md section 7), and who may call what: every operation needs
 * a bearer token but those {@link SecurityConfiguration} leaves open, which say so.
 */
@Configuration(proxyBeanMethods = false)
class AccountsApiDescription {

    static final String BEARER = "bearerToken";
    private static final AntPathMatcher PATHS = new AntPathMatcher();

    @Bean
    OpenApiCustomizer accountsBodies() {
        return api -> {
            ApiSchemas.body(
                    api,
                    "POST /api/v1/accounts",
                    "SignUp",
                    object(
                            "A new account. The answer is the same whether or not the address already has one",
                            properties(
                                    "email", text(3, 254),
                                    "password", text(PasswordPolicy.MINIMUM_LENGTH, PasswordPolicy.MAXIMUM_LENGTH),
                                    "name", text(1, SignUpRequest.MAXIMUM_NAME),
                                    "role", oneOf(List.of(Role.PATIENT.name(), Role.THERAPIST.name()))),
                            "email",
                            "password",
                            "name",
                            "role"));
            ApiSchemas.refuses(api, "POST /api/v1/accounts", 429, "Too many sign-ups: try again after Retry-After");
            ApiSchemas.body(
                    api,
                    "POST /api/v1/tokens",
                    "Login",
                    object(
                            "An email address and password, for a bearer token",
                            properties("email", text(1, 254), "password", text(1, PasswordPolicy.MAXIMUM_LENGTH)),
                            "email",
                            "password"));
            ApiSchemas.refuses(api, "POST /api/v1/tokens", 401, "Unknown email or wrong password (one answer)");
            ApiSchemas.refuses(api, "POST /api/v1/tokens", 429, "Too many failed logins: try again after Retry-After");
            ApiSchemas.body(
                    api,
                    "POST /api/v1/me/access",
                    "AccessInvitation",
                    object(
                            "Invites a clinician by email to see the person's record",
                            properties("email", text(3, 254), "kind", oneOf(AccessGrants.Kind.class)),
                            "email",
                            "kind"));
            ApiSchemas.refuses(api, "POST /api/v1/me/access", 429, "Too many invitations today");
            ApiSchemas.body(api, "POST /api/v1/me/invitations", "InvitationAcceptance", token("An invitation's"));
            ApiSchemas.body(api, "POST /api/v1/email-verifications", "EmailVerification", token("A verification"));
            security(api);
        };
    }

    private static io.swagger.v3.oas.models.media.Schema<?> token(String whose) {
        return object(whose + " secret, from its mailed link", properties("token", text(1, 200)), "token");
    }

    /** A bearer token on every operation but the open ones; 401 without one, 403 for a wrong role. */
    private static void security(io.swagger.v3.oas.models.OpenAPI api) {
        api.getComponents()
                .addSecuritySchemes(
                        BEARER,
                        new SecurityScheme()
                                .type(SecurityScheme.Type.HTTP)
                                .scheme("bearer")
                                .description("A token from POST /api/v1/tokens"));
        api.getPaths()
                .forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
                    if (open(method.name(), path)) {
                        operation.setSecurity(List.of());
                    } else {
                        operation.setSecurity(List.of(new SecurityRequirement().addList(BEARER)));
                        operation.getResponses().addApiResponse("401", ApiSchemas.problem("No valid bearer token"));
                        if (path.startsWith("/api/v1/admin/")) {
                            operation
                                    .getResponses()
                                    .addApiResponse("403", ApiSchemas.problem("Not a system administrator"));
                        }
                    }
                }));
    }

    private static boolean open(String method, String path) {
        String pattern = path.replaceAll("\\{[^}]+}", "x");
        for (String open : SecurityConfiguration.PUBLIC_API) {
            if (PATHS.match(open, pattern)) {
                return true;
            }
        }
        if (method.equals("GET")) {
            for (String open : SecurityConfiguration.PUBLIC_DIRECTORY) {
                if (PATHS.match(open, pattern)) {
                    return true;
                }
            }
        }
        return false;
    }
}
