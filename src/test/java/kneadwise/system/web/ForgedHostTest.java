package kneadwise.system.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kneadwise.accounts.People;
import kneadwise.testing.FullStackTest;
import kneadwise.testing.ServiceClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

/**
 * Redirects never send a browser to the host a request claimed (issue 16, item 10): a forged {@code Host} or
 * {@code X-Forwarded-Host} must not turn a login into a trip to someone else's site. The requests are written by
 * hand, since Java's HTTP client will not forge a Host header.
 */
@FullStackTest
class ForgedHostTest {

    private static final String FORGED = "evil.example";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @Value("${local.server.port}")
    int port;

    @Autowired
    ServiceClient service;

    @Test
    void theLoginPageRedirectIsRelative() throws IOException {
        Raw answer = send("GET /account HTTP/1.1", List.of(), null);

        assertThat(answer.status()).isEqualTo(302);
        assertThat(answer.header("Location")).isEqualTo("/login");
    }

    @Test
    void aPageRedirectIsRelative() throws IOException {
        Raw login = send("GET /login HTTP/1.1", List.of(), null);
        String cookie = login.cookie();
        Raw answer = send(
                "POST /password-reset HTTP/1.1",
                List.of("Cookie: " + cookie, "Content-Type: application/x-www-form-urlencoded"),
                "email=someone%40example.org&_csrf=" + csrf(login));

        assertThat(answer.status()).isEqualTo(302);
        assertThat(answer.header("Location")).isEqualTo("/password-reset?sent");
    }

    @Test
    void afterLoggingInThePersonIsSentBackToThePageOnThisSite() throws IOException {
        String email = People.signUp(service, "PATIENT");
        Raw asked = send("GET /account/audit HTTP/1.1", List.of(), null);
        String cookie = asked.cookie();
        Raw login = send("GET /login HTTP/1.1", List.of("Cookie: " + cookie), null);

        Raw signedIn = send(
                "POST /login HTTP/1.1",
                List.of("Cookie: " + cookie, "Content-Type: application/x-www-form-urlencoded"),
                "email=" + URLEncoder.encode(email, StandardCharsets.UTF_8) + "&password="
                        + URLEncoder.encode(People.PASSWORD, StandardCharsets.UTF_8) + "&_csrf=" + csrf(login));

        assertThat(signedIn.status()).isEqualTo(302);
        assertThat(signedIn.header("Location")).startsWith("/account/audit");
    }

    private static String csrf(Raw page) {
        Matcher token = CSRF.matcher(page.body());
        assertThat(token.find()).as("the page has a CSRF token").isTrue();
        return URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
    }

    /** Sends one request with the forged Host and X-Forwarded-Host headers. */
    private Raw send(String requestLine, List<String> headers, String body) throws IOException {
        try (Socket socket = new Socket(java.net.InetAddress.getLoopbackAddress(), port)) {
            socket.setSoTimeout(20_000);
            StringBuilder request = new StringBuilder(requestLine).append("\r\n");
            request.append("Host: ").append(FORGED).append("\r\n");
            request.append("X-Forwarded-Host: ").append(FORGED).append("\r\n");
            request.append("X-Forwarded-Proto: https\r\n");
            request.append("Connection: close\r\n");
            for (String header : headers) {
                request.append(header).append("\r\n");
            }
            byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
            if (body != null) {
                request.append("Content-Length: ").append(content.length).append("\r\n");
            }
            request.append("\r\n");
            OutputStream out = socket.getOutputStream();
            out.write(request.toString().getBytes(StandardCharsets.US_ASCII));
            out.write(content);
            out.flush();
            return Raw.read(socket.getInputStream());
        }
    }

    private record Raw(int status, List<String> headers, String body) {

        static Raw read(InputStream in) throws IOException {
            byte[] all = in.readAllBytes();
            String text = new String(all, StandardCharsets.ISO_8859_1); // one character per byte
            int end = text.indexOf("\r\n\r\n");
            String[] head = text.substring(0, end).split("\r\n");
            int status = Integer.parseInt(head[0].substring(9, 12));
            List<String> headers = new ArrayList<>(List.of(head).subList(1, head.length));
            boolean chunked = headers.stream()
                    .anyMatch(line -> line.toLowerCase(Locale.ROOT).startsWith("transfer-encoding: chunked"));
            byte[] body = chunked ? unchunked(text, end + 4) : java.util.Arrays.copyOfRange(all, end + 4, all.length);
            return new Raw(status, headers, new String(body, StandardCharsets.UTF_8));
        }

        private static byte[] unchunked(String chunks, int from) {
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            int at = from;
            while (at < chunks.length()) {
                int lineEnd = chunks.indexOf("\r\n", at);
                int size = Integer.parseInt(chunks.substring(at, lineEnd).strip(), 16);
                if (size == 0) {
                    break;
                }
                int start = lineEnd + 2;
                body.writeBytes(chunks.substring(start, start + size).getBytes(StandardCharsets.ISO_8859_1));
                at = start + size + 2;
            }
            return body.toByteArray();
        }

        String header(String name) {
            String prefix = name.toLowerCase(Locale.ROOT) + ":";
            return headers.stream()
                    .filter(line -> line.toLowerCase(Locale.ROOT).startsWith(prefix))
                    .map(line -> line.substring(prefix.length()).strip())
                    .findFirst()
                    .orElse("(none)");
        }

        /** The session cookie the answer set, as "SESSION=...". */
        String cookie() {
            String setCookie = header("Set-Cookie");
            return setCookie.substring(0, setCookie.indexOf(';'));
        }
    }
}
