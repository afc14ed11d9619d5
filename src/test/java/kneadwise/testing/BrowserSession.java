package kneadwise.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.net.ssl.SSLContext;

/**
 * A browser without the rendering, for tests of web pages: it keeps cookies, does not follow redirects (so tests see
 * them), and submits forms with the CSRF token the page carries, as a browser would.
 */
public final class BrowserSession {

    private static final Pattern CSRF =
            Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"|value=\"([^\"]+)\"\\s+name=\"_csrf\"");

    private final String baseUrl;
    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    private final HttpClient http;

    public BrowserSession(int port) {
        this.baseUrl = "http://127.0.0.1:" + port;
        this.http = builder().build();
    }

    /** A session with the service at {@code baseUrl} (such as a reverse proxy's https address), trusting {@code tls}. */
    public BrowserSession(String baseUrl, SSLContext tls) {
        this.baseUrl = baseUrl;
        this.http = builder().sslContext(tls).build();
    }

    private HttpClient.Builder builder() {
        return HttpClient.newBuilder()
                .cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5));
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).GET());
    }

    /** Loads {@code formPage}, takes its CSRF token and posts {@code fields} to {@code action}. */
    public HttpResponse<String> submit(String formPage, String action, Map<String, String> fields) {
        HttpResponse<String> page = get(formPage);
        Matcher token = CSRF.matcher(page.body());
        if (!token.find()) {
            throw new AssertionError("No CSRF token on " + formPage + ":\n" + page.body());
        }
        Map<String, String> all = new LinkedHashMap<>(fields);
        all.put("_csrf", token.group(1) != null ? token.group(1) : token.group(2));
        return post(action, all);
    }

    /**
     * Like {@link #submit} for forms with repeated names (ticked checkboxes): each entry is one name and one value,
     * sent in order.
     */
    public HttpResponse<String> submitEach(String formPage, String action, List<Map.Entry<String, String>> fields) {
        HttpResponse<String> page = get(formPage);
        Matcher token = CSRF.matcher(page.body());
        if (!token.find()) {
            throw new AssertionError("No CSRF token on " + formPage + ":\n" + page.body());
        }
        List<Map.Entry<String, String>> all = new ArrayList<>(fields);
        all.add(Map.entry("_csrf", token.group(1) != null ? token.group(1) : token.group(2)));
        String body = all.stream()
                .map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(baseUrl + action))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** Fetches a binary response, such as a PDF download. */
    public HttpResponse<byte[]> download(String path) {
        try {
            return http.send(
                    HttpRequest.newBuilder(URI.create(baseUrl + path))
                            .timeout(Duration.ofSeconds(30))
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Posts a form as is: without a CSRF token unless {@code fields} has one. */
    public HttpResponse<String> post(String path, Map<String, String> fields) {
        String body = fields.entrySet().stream()
                .map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** Logs in through the login form; the session is then signed in. */
    public HttpResponse<String> logIn(String email, String password) {
        return submit("/login", "/login", Map.of("email", email, "password", password));
    }

    /** The session cookie as a {@code Cookie} header value ("SESSION=..."), or empty before there is one. */
    public String sessionCookie() {
        return cookies.getCookieStore().getCookies().stream()
                .filter(cookie -> cookie.getName().equals("SESSION"))
                .map(cookie -> "SESSION=" + cookie.getValue())
                .findFirst()
                .orElse("");
    }

    /** The CSRF token of a page of this session, as a form or the {@code X-CSRF-TOKEN} header would carry it. */
    public String csrfToken(String page) {
        Matcher token = CSRF.matcher(get(page).body());
        if (!token.find()) {
            throw new AssertionError("No CSRF token on " + page);
        }
        return token.group(1) != null ? token.group(1) : token.group(2);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
