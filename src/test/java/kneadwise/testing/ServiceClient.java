package kneadwise.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.net.ssl.SSLContext;
import org.jspecify.annotations.Nullable;

/** Calls a running Kneadwise over real HTTP on the loopback address. */
public final class ServiceClient {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final HttpClient http;
    private final String baseUrl;
    private final Map<String, String> headers;

    public ServiceClient(int port) {
        this(HTTP, "http://127.0.0.1:" + port, Map.of());
    }

    private ServiceClient(HttpClient http, String baseUrl, Map<String, String> headers) {
        this.http = http;
        this.baseUrl = baseUrl;
        this.headers = Map.copyOf(headers);
    }

    /** A client of the service at {@code baseUrl} (such as a reverse proxy's https address), trusting {@code tls}. */
    public static ServiceClient at(String baseUrl, SSLContext tls) {
        return new ServiceClient(
                HttpClient.newBuilder()
                        .connectTimeout(Duration.ofSeconds(5))
                        .sslContext(tls)
                        .build(),
                baseUrl,
                Map.of());
    }

    /** The same client, sending {@code Authorization: Bearer <token>} with every request. */
    public ServiceClient withToken(String token) {
        return withHeader("Authorization", "Bearer " + token);
    }

    /** The value this client sends in a header with every request, such as its {@code Authorization}. */
    public java.util.Optional<String> header(String name) {
        return java.util.Optional.ofNullable(headers.get(name));
    }

    /** The same client, sending this header with every request (replacing one of the same name). */
    public ServiceClient withHeader(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new ServiceClient(http, baseUrl, more);
    }

    /**
     * The same client, connecting from another loopback address (such as 127.0.0.2), so that the service sees
     * another client address: for throttles that count per client.
     */
    public ServiceClient from(String loopbackAddress) {
        try {
            HttpClient other = HttpClient.newBuilder()
                    .connectTimeout(Duration.ofSeconds(5))
                    .localAddress(java.net.InetAddress.getByName(loopbackAddress))
                    .sslContext(http.sslContext())
                    .build();
            return new ServiceClient(other, baseUrl, headers);
        } catch (java.net.UnknownHostException e) {
            throw new IllegalArgumentException(loopbackAddress, e);
        }
    }

    public HttpResponse<String> delete(String path) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).DELETE());
    }

    /** Any method, any body (null for none), with the given content type when there is a body. */
    public HttpResponse<String> send(String method, String path, @Nullable String body, String contentType) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path));
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", contentType).method(method, HttpRequest.BodyPublishers.ofString(body));
        }
        return send(request);
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).GET());
    }

    public HttpResponse<String> postJson(String path, String json) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        headers.forEach(request::setHeader);
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
