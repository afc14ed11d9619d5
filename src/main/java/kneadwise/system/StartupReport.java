package kneadwise.system;

import kneadwise.system.database.DatabaseServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.WebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Says, once everything is up, where the service answers and which data it serves. */
@Component
class StartupReport {

    private static final Logger log = LoggerFactory.getLogger(StartupReport.class);

    private final InstallationRepository installations;
    private final DatabaseServer database;

    StartupReport(InstallationRepository installations, DatabaseServer database) {
        this.installations = installations;
        this.database = database;
    }

    @EventListener
    void onReady(ApplicationReadyEvent event) {
        Installation installation = installations.loadOrCreate();
        String address = event.getApplicationContext() instanceof WebServerApplicationContext web
                        && web.getWebServer() instanceof WebServer server
                ? "http://localhost:" + server.getPort()
                : "(no web server)";
        log.info(
                "Kneadwise is ready at {} - installation {} (created {}), {}",
                address,
                installation.id(),
                installation.createdAt(),
                database.description());
    }
}
