package kneadwise.fhir.export;

import ca.uhn.fhir.rest.server.exceptions.AuthenticationException;
import kneadwise.smart.BackendClient;
import kneadwise.smart.BackendClients;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;

/**
 * The backend client whose access token came with the request. The security chain in front of the export addresses
 * has checked the token (ours, unexpired, a system read scope); this check stands in case a request reached an export
 * operation by another address.
 */
@Component
class BackendCaller {

    private final BackendClients clients;

    BackendCaller(BackendClients clients) {
        this.clients = clients;
    }

    BackendClient current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (!(authentication instanceof JwtAuthenticationToken token) || !authentication.isAuthenticated()) {
            throw new AuthenticationException(
                    "Bulk Data export needs a backend system's access token" + " (POST /fhir/auth/token).");
        }
        String clientId = token.getToken().getSubject();
        return (clientId == null ? java.util.Optional.<BackendClient>empty() : clients.find(clientId))
                .orElseThrow(() -> new AuthenticationException("The access token's client is not registered."));
    }
}
