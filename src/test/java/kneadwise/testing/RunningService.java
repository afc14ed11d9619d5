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
        // As command-line arguments, the way serve passes them: they win over application.yml.
        String[] args = all.entrySet().stream()
                .map(setting -> "--" + setting.getKey() + "=" + setting.getValue())
                .toArray(String[]::new);
        return new RunningService(new SpringApplication(KneadwiseApplication.class).run(args));
    }

    public ServiceClient client() {
        return new ServiceClient(
                ((WebServerApplicationContext) context).getWebServer().getPort());
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    @Override
    public void close() {
        context.close();
    }
}
