package kneadwise.smart;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.SecurityContext;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.text.ParseException;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A client's public keys: checked when it is registered, and the source its assertions are verified with. SMART
 * Backend Services asks servers to accept RS384 and ES384, so a key set must hold an RSA key or an EC key on P-384.
 */
final class ClientKeys {

    /** The algorithms a client may sign its assertion with. */
    static final Set<JWSAlgorithm> ALGORITHMS = Set.of(JWSAlgorithm.RS384, JWSAlgorithm.ES384);

    private ClientKeys() {}

    /** A problem with a key set given as text, or null when it will do. */
    static @Nullable String problemWithKeySet(String jwks) {
        JWKSet set;
        try {
            set = JWKSet.parse(jwks);
        } catch (ParseException notAKeySet) {
            return "not a JSON Web Key Set: " + notAKeySet.getMessage();
        }
        List<JWK> keys = set.getKeys();
        if (keys.stream().anyMatch(JWK::isPrivate)) {
            return "the key set holds a private key; give only the public keys";
        }
        if (keys.stream().noneMatch(ClientKeys::usable)) {
            return "the key set holds no RSA key and no EC key on P-384 (RS384 and ES384 are accepted)";
        }
        return null;
    }

    /** A problem with the address of a key set, or null: https, or http on this machine only (for trying it out). */
    static @Nullable String problemWithAddress(String jwksUrl) {
        URI address;
        try {
            address = new URI(jwksUrl);
        } catch (URISyntaxException notAnAddress) {
            return "not an address: " + jwksUrl;
        }
        if ("https".equals(address.getScheme()) && address.getHost() != null) {
            return null;
        }
        if ("http".equals(address.getScheme())
                && List.of("localhost", "127.0.0.1", "[::1]").contains(address.getHost())) {
            return null;
        }
        return "the key set's address must be https (http only for localhost)";
    }

    private static boolean usable(JWK key) {
        return key instanceof RSAKey || (key instanceof ECKey ec && Curve.P_384.equals(ec.getCurve()));
    }

    /** Where the client's assertions are verified: its registered key set, or the one its address serves (cached). */
    static JWKSource<SecurityContext> of(BackendClient client) throws ParseException, MalformedURLException {
        if (client.jwks() != null) {
            return new ImmutableJWKSet<>(JWKSet.parse(client.jwks()));
        }
        URL address = URI.create(String.valueOf(client.jwksUrl())).toURL();
        return JWKSourceBuilder.create(address).build();
    }
}
