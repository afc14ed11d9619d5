package kneadwise.system.web;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import kneadwise.system.InvalidSettingException;
import org.apache.catalina.valves.RemoteIpValve;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * Behind a reverse proxy the client's address and scheme arrive in {@code X-Forwarded-For} and
 * {@code X-Forwarded-Proto}. Anyone can send those headers, so they are believed only on connections from the
 * addresses in {@code kneadwise.trusted-proxies} ({@code KNEADWISE_TRUSTED_PROXIES}: IP addresses or ranges such as
 * {@code 10.0.0.0/8}, comma-separated; none by default). Believed, they give the request the client's address (which
 * the login and sign-up limits count) and mark it secure when the proxy took it over HTTPS (Secure cookies, HSTS).
 *
 * <p>{@code server.forward-headers-strategy} stays {@code none} (application.yml): Spring Boot's own handling would
 * trust every private address as a proxy.
 */
@Component
class TrustedProxies implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");

    private final List<String> ranges;

    TrustedProxies(@Value("${kneadwise.trusted-proxies:}") String setting) {
        this.ranges = parse(setting);
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        if (ranges.isEmpty()) {
            return;
        }
        RemoteIpValve forwarded = new RemoteIpValve();
        forwarded.setInternalProxies(String.join(", ", ranges));
        forwarded.setTrustedProxies(null);
        forwarded.setRemoteIpHeader("X-Forwarded-For");
        forwarded.setProtocolHeader("X-Forwarded-Proto");
        forwarded.setProtocolHeaderHttpsValue("https");
        forwarded.setPortHeader("X-Forwarded-Port");
        factory.addEngineValves(forwarded);
    }

    /** Each entry as a range Tomcat reads as one ({@code 127.0.0.1} becomes {@code 127.0.0.1/32}). */
    static List<String> parse(String setting) {
        List<String> ranges = new ArrayList<>();
        List<String> bad = new ArrayList<>();
        for (String entry : setting.split(",")) {
            String trimmed = entry.strip();
            if (trimmed.isEmpty()) {
                continue;
            }
            String range = range(trimmed);
            if (range == null) {
                bad.add(trimmed);
            } else {
                ranges.add(range);
            }
        }
        if (!bad.isEmpty()) {
            throw new InvalidSettingException(
                    "KNEADWISE_TRUSTED_PROXIES (kneadwise.trusted-proxies): " + String.join(", ", bad)
                            + (bad.size() == 1
                                    ? " is not an IP address or range."
                                    : " are not IP addresses or ranges."),
                    "List the addresses your reverse proxies connect from, separated by commas, as IP addresses"
                            + " (127.0.0.1, ::1) or ranges (10.0.0.0/8); host names are not accepted.");
        }
        return List.copyOf(ranges);
    }

    private static @Nullable String range(String entry) {
        int slash = entry.indexOf('/');
        String address = slash < 0 ? entry : entry.substring(0, slash);
        boolean v4 = IPV4.matcher(address).matches();
        if (!v4 && !IPV6.matcher(address).matches()) {
            return null; // a host name: never looked up, since DNS can change what it names
        }
        if (v4 && !octetsInRange(address)) {
            return null;
        }
        try {
            InetAddress.getByName(address); // a literal, so only checked, never looked up
        } catch (UnknownHostException notAnAddress) {
            return null;
        }
        int bits = v4 ? 32 : 128;
        int mask = bits;
        if (slash >= 0) {
            String digits = entry.substring(slash + 1);
            if (!digits.matches("\\d{1,3}") || Integer.parseInt(digits) > bits) {
                return null;
            }
            mask = Integer.parseInt(digits);
        }
        return address + "/" + mask;
    }

    private static boolean octetsInRange(String address) {
        for (String octet : address.split("\\.")) {
            if (Integer.parseInt(octet) > 255) {
                return false;
            }
        }
        return true;
    }
}
