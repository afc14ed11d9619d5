package kneadwise.system.database;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.boot.context.event.ApplicationPreparedEvent;
import org.springframework.boot.context.event.SpringApplicationEvent;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationListener;
import org.springframework.context.support.GenericApplicationContext;

/**
 * Starts the embedded database the moment the settings are known, before Spring builds the application, so that the
 * two (each one to three seconds) overlap instead of adding up. {@link DatabaseConfiguration} then waits for it.
 * Registered in META-INF/spring.factories.
 */
class EarlyDatabaseStart implements ApplicationListener<SpringApplicationEvent> {

    private static final Logger log = LoggerFactory.getLogger(EarlyDatabaseStart.class);

    /** The server this application run started, if any (one listener instance serves one run). */
    private @Nullable EmbeddedDatabaseStartup started;

    @Override
    public void onApplicationEvent(SpringApplicationEvent event) {
        if (event instanceof ApplicationPreparedEvent prepared) {
            start(prepared);
        } else if (event instanceof ApplicationFailedEvent && started != null) {
            // The context may have failed before it ever created the bean that would stop the server.
            started.close();
        }
    }

    private void start(ApplicationPreparedEvent event) {
        if (!(event.getApplicationContext() instanceof GenericApplicationContext context)) {
            return;
        }
        Binder settings = Binder.get(context.getEnvironment());
        String url = settings.bind("kneadwise.db.url", String.class).orElse("");
        if (!url.isBlank()) {
            return;
        }
        Path dataDirectory =
                settings.bind("kneadwise.data-dir", Path.class).orElse(Path.of(DataDirectorySettings.DEFAULT));
        log.info("Starting the embedded database in {} alongside the application", dataDirectory.toAbsolutePath());
        EmbeddedDatabaseStartup startup = EmbeddedDatabaseStartup.begin(dataDirectory);
        started = startup;
        context.registerBean(EmbeddedDatabaseStartup.class, () -> startup);
    }
}
