package kneadwise.smart;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A registered backend system.
 *
 * @param jwks its public keys as a JSON Web Key Set, when given as a file
 * @param jwksUrl where it publishes them, when given as an address
 * @param research whether it may export only the pseudonymised research group
 */
public record BackendClient(
        String clientId,
        String name,
        @Nullable String jwks,
        @Nullable String jwksUrl,
        boolean research,
        Instant registeredAt) {

    /** How the audit log names it. */
    public String label() {
        return label(name, clientId);
    }

    static String label(String name, String clientId) {
        return "backend client " + name + " (" + clientId + ")";
    }
}
