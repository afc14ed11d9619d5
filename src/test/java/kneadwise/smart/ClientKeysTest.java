package kneadwise.smart;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import org.junit.jupiter.api.Test;

/** What a backend client's key set must be to be registered (CONTRACT.md section 11: RS384 and ES384). */
class ClientKeysTest {

    @Test
    void publicRsaAndP384KeysAreAccepted() throws Exception {
        RSAKey rsa = new RSAKeyGenerator(2048).keyID("r").generate();
        ECKey ec = new ECKeyGenerator(Curve.P_384).keyID("e").generate();

        assertThat(ClientKeys.problemWithKeySet(new JWKSet(rsa.toPublicJWK()).toString()))
                .isNull();
        assertThat(ClientKeys.problemWithKeySet(new JWKSet(ec.toPublicJWK()).toString()))
                .isNull();
    }

    @Test
    void privateKeysOtherCurvesAndNonsenseAreRefusedWithTheReason() throws Exception {
        RSAKey rsa = new RSAKeyGenerator(2048).keyID("r").generate();
        ECKey p256 = new ECKeyGenerator(Curve.P_256).keyID("e").generate();

        assertThat(ClientKeys.problemWithKeySet(new JWKSet(rsa).toString(false)))
                .contains("private key");
        assertThat(ClientKeys.problemWithKeySet(new JWKSet(p256.toPublicJWK()).toString()))
                .contains("P-384");
        assertThat(ClientKeys.problemWithKeySet("{\"keys\": []}")).contains("no RSA key");
        assertThat(ClientKeys.problemWithKeySet("not json")).startsWith("not a JSON Web Key Set");
    }

    @Test
    void aKeySetsAddressIsHttpsOrOnThisMachine() {
        assertThat(ClientKeys.problemWithAddress("https://warehouse.example.org/.well-known/jwks.json"))
                .isNull();
        assertThat(ClientKeys.problemWithAddress("http://127.0.0.1:8443/jwks.json"))
                .isNull();
        assertThat(ClientKeys.problemWithAddress("http://localhost/jwks.json")).isNull();
        assertThat(ClientKeys.problemWithAddress("http://warehouse.example.org/jwks.json"))
                .contains("https");
        assertThat(ClientKeys.problemWithAddress("file:///etc/passwd")).contains("https");
        assertThat(ClientKeys.problemWithAddress("https:///no-host")).contains("https");
        assertThat(ClientKeys.problemWithAddress("not an address")).isNotNull();
    }
}
