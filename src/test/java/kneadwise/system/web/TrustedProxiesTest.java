package kneadwise.system.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import kneadwise.system.InvalidSettingException;
import org.junit.jupiter.api.Test;

/** KNEADWISE_TRUSTED_PROXIES: addresses and ranges only, each bad entry named. */
class TrustedProxiesTest {

    @Test
    void addressesBecomeSingleAddressRangesAndRangesStayAsTheyAre() {
        assertThat(TrustedProxies.parse(" 127.0.0.1, 10.0.0.0/8,::1 , fd00::/8,"))
                .containsExactly("127.0.0.1/32", "10.0.0.0/8", "::1/128", "fd00::/8");
    }

    @Test
    void nothingSetTrustsNobody() {
        assertThat(TrustedProxies.parse("")).isEmpty();
        assertThat(TrustedProxies.parse(" , ")).isEmpty();
    }

    @Test
    void everyBadEntryIsNamedAndHostNamesAreRefused() {
        assertThatThrownBy(() ->
                        TrustedProxies.parse("127.0.0.1, proxy.example.org, 10.0.0.0/33, 300.1.1.1, ::1/129, 1.2.3/8"))
                .isInstanceOf(InvalidSettingException.class)
                .hasMessage("KNEADWISE_TRUSTED_PROXIES (kneadwise.trusted-proxies): proxy.example.org, 10.0.0.0/33,"
                        + " 300.1.1.1, ::1/129, 1.2.3/8 are not IP addresses or ranges.")
                .satisfies(refusal -> assertThat(((InvalidSettingException) refusal).action())
                        .contains("host names are not accepted"));
        assertThatThrownBy(() -> TrustedProxies.parse("localhost"))
                .hasMessageEndingWith("localhost is not an IP address or range.");
    }
}
