package kneadwise.system.database;

import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationPreparedEvent;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationListener;
import org.springframework.context.support.GenericApplicationContext;

/**
 * Starts the embedded database the moment the settings are known, before Spring builds the application, so that the
 * two (each one to three seconds) overlap instead of adding up. {@link DatabaseConfiguration} then waits for it.
 * Registered in META-INF/spring.factories.
 */
class EarlyDatabaseStart implements ApplicationListener<ApplicationPreparedEvent> {

    private static final Logger log = LoggerFactory.getLogger(EarlyDatabaseStart.class);

    @Override
    public void onApplicationEvent(ApplicationPreparedEvent event) {
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
        context.registerBean(EmbeddedDatabaseStartup.class, () -> startup);
    }
}
