package kneadwise.smart;

import com.nimbusds.jwt.SignedJWT;
import jakarta.servlet.http.HttpServletRequest;
import java.text.ParseException;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.endpoint.OAuth2ParameterNames;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2ClientAuthenticationToken;
import org.springframework.security.web.authentication.AuthenticationConverter;

/**
 * A SMART backend client's token request carries no {@code client_id} (the assertion's {@code sub} is it), which
 * Spring Authorization Server's own converter requires. This one reads the client id from the assertion, unverified,
 * only to find the client's keys; the assertion is then verified in full ({@link AssertionDecoders}). Requests with
 * a {@code client_id} are left to Spring's converter.
 */
final class AssertionClient implements AuthenticationConverter {

    static final String JWT_BEARER = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";

    @Override
    public @Nullable Authentication convert(HttpServletRequest request) {
        String[] types = request.getParameterValues(OAuth2ParameterNames.CLIENT_ASSERTION_TYPE);
        String[] assertions = request.getParameterValues(OAuth2ParameterNames.CLIENT_ASSERTION);
        if (request.getParameter(OAuth2ParameterNames.CLIENT_ID) != null
                || types == null
                || types.length != 1
                || !JWT_BEARER.equals(types[0])
                || assertions == null
                || assertions.length != 1) {
            return null;
        }
        String clientId = claimedClient(assertions[0]);
        return clientId == null
                ? null
                : new OAuth2ClientAuthenticationToken(
                        clientId, new ClientAuthenticationMethod(JWT_BEARER), assertions[0], Map.of());
    }

    /** The client an assertion says it comes from ({@code sub}), without checking it; null when unreadable. */
    static @Nullable String claimedClient(String assertion) {
        try {
            String subject = SignedJWT.parse(assertion).getJWTClaimsSet().getSubject();
            return subject == null || subject.isBlank() ? null : subject;
        } catch (ParseException | RuntimeException unreadable) {
            return null;
        }
    }
}
