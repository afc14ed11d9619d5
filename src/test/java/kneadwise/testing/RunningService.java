package kneadwise.testing;

import java.util.LinkedHashMap;
import java.util.Map;
import kneadwise.KneadwiseApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The application started the way {@code serve} starts it, on a free port, for tests that need to stop and start it
 * or its database themselves. Close it to stop it.
 */
public final class RunningService implements AutoCloseable {

    private final ConfigurableApplicationContext context;

    private RunningService(ConfigurableApplicationContext context) {
        this.context = context;
    }

    public static RunningService start(Map<String, String> properties) {
        Map<String, String> all = new LinkedHashMap<>(properties);
        all.putIfAbsent("server.port", "0");
        all.putIfAbsent("management.server.port", "0");
        if (!all.containsKey("kneadwise.data-dir")) {
            // Never the checkout's ./data: tests must not touch a developer's own server's files.
            try {
                all.put(
                        "kneadwise.data-dir",
                        java.nio.file.Files.createTempDirectory("kneadwise-service")
                                .toString());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        // As command-line arguments, the way serve passes them: they win over application.yml.
        String[] args = all.entrySet().stream()
                .map(setting -> "--" + setting.getKey() + "=" + setting.getValue())
                .toArray(String[]::new);
        return new RunningService(new SpringApplication(KneadwiseApplication.class).run(args));
    }

    public ServiceClient client() {
        return new ServiceClient(port());
    }

    /** The management port: probes and metrics (CONTRACT.md section 12). */
    public int managementPort() {
        return Integer.parseInt(context.getEnvironment().getRequiredProperty("local.management.port"));
    }

    public int port() {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    @Override
    public void close() {
        context.close();
    }
}
