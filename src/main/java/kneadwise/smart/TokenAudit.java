package kneadwise.smart;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import kneadwise.accounts.AuditLog;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2AccessTokenAuthenticationToken;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2ClientAuthenticationToken;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.web.authentication.OAuth2AccessTokenResponseAuthenticationSuccessHandler;
import org.springframework.security.oauth2.server.authorization.web.authentication.OAuth2ErrorAuthenticationFailureHandler;
import org.springframework.stereotype.Component;

/**
 * Every access token issued and every request refused at the token endpoint goes into the audit log, then gets
 * Spring Authorization Server's own answer (the token, or an OAuth 2.0 error).
 */
@Component
class TokenAudit {

    static final String RECORD = "access-token";

    private final AuditLog audit;
    private final BackendClients clients;
    private final OAuth2AccessTokenResponseAuthenticationSuccessHandler tokenResponse =
            new OAuth2AccessTokenResponseAuthenticationSuccessHandler();
    private final OAuth2ErrorAuthenticationFailureHandler errorResponse = new OAuth2ErrorAuthenticationFailureHandler();

    TokenAudit(AuditLog audit, BackendClients clients) {
        this.audit = audit;
        this.clients = clients;
    }

    void issued(HttpServletRequest request, HttpServletResponse response, Authentication issued)
            throws IOException, jakarta.servlet.ServletException {
        RegisteredClient client = ((OAuth2AccessTokenAuthenticationToken) issued).getRegisteredClient();
        String label = BackendClient.label(String.valueOf(client.getClientName()), client.getClientId());
        audit.recordBySystem(label, null, RECORD, AuditLog.CREATE, AuditLog.ALLOWED); // no second lookup of the client
        tokenResponse.onAuthenticationSuccess(request, response, issued);
    }

    void refused(HttpServletRequest request, HttpServletResponse response, AuthenticationException refusal)
            throws IOException, jakarta.servlet.ServletException {
        String why = refusal instanceof OAuth2AuthenticationException oauth
                ? oauth.getError().getErrorCode()
                : "unauthorized";
        audit.recordBySystem(label(callerOf(request)) + ": " + why, null, RECORD, AuditLog.CREATE, AuditLog.DENIED);
        errorResponse.onAuthenticationFailure(request, response, refusal);
    }

    /** The authenticated client when there is one, else the client id the request claims. */
    private static String callerOf(HttpServletRequest request) {
        if (SecurityContextHolder.getContext().getAuthentication() instanceof OAuth2ClientAuthenticationToken client
                && client.getRegisteredClient() != null) {
            return client.getRegisteredClient().getClientId();
        }
        String claimed = request.getParameter("client_id");
        if (claimed != null) {
            return claimed;
        }
        String assertion = request.getParameter("client_assertion");
        String fromAssertion = assertion == null ? null : AssertionClient.claimedClient(assertion);
        return fromAssertion == null ? "(none named)" : fromAssertion;
    }

    private String label(String clientId) {
        return clients.find(clientId).map(BackendClient::label).orElse("unknown backend client " + clientId);
    }
}
