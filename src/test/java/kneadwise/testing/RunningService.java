package kneadwise.testing;

import java.util.LinkedHashMap;
import java.util.Map;
import kneadwise.KneadwiseApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
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
        Map<String, Object> all = new LinkedHashMap<>(properties);
        all.putIfAbsent("server.port", "0");
        return new RunningService(new SpringApplicationBuilder(KneadwiseApplication.class)
                .properties(all)
                .run());
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
