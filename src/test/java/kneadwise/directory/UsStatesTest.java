package kneadwise.directory;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A ZIP code's state comes from its first three digits; the bundled ZIP table is complete and strict. */
class UsStatesTest {

    private static final PostalCodes POSTAL_CODES = new PostalCodes();

    @Test
    void zipPrefixesNameTheirStates() {
        assertThat(UsStates.ofZip("10001")).isEqualTo("NY");
        assertThat(UsStates.ofZip("60601")).isEqualTo("IL");
        assertThat(UsStates.ofZip("90210")).isEqualTo("CA");
        assertThat(UsStates.ofZip("75201")).isEqualTo("TX");
        assertThat(UsStates.ofZip("99501")).isEqualTo("AK");
        assertThat(POSTAL_CODES.size()).isEqualTo(33_791);
        assertThat(POSTAL_CODES.locate("10001-1234")).isPresent();
        assertThat(POSTAL_CODES.locate("1000")).isEmpty();
    }
}
