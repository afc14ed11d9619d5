package kneadwise.system;

import java.net.InetAddress;
import kneadwise.system.database.DatabaseServer;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.WebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** Says, once everything is up, where the service answers and which data it serves. */
@Component
class StartupReport {

    private static final Logger log = LoggerFactory.getLogger(StartupReport.class);

    private final InstallationRepository installations;
    private final DatabaseServer database;
    private final String host;

    StartupReport(
            InstallationRepository installations,
            DatabaseServer database,
            @Value("${server.address:#{null}}") @Nullable InetAddress listening) {
        this.installations = installations;
        this.database = database;
        // A loopback address is "localhost" to the person reading this; any other is named as given.
        this.host = listening == null || listening.isLoopbackAddress() ? "localhost" : listening.getHostAddress();
    }

    @EventListener
    void onReady(ApplicationReadyEvent event) {
        Installation installation = installations.loadOrCreate();
        String address = event.getApplicationContext() instanceof WebServerApplicationContext web
                        && web.getWebServer() instanceof WebServer server
                ? "http://" + host + ":" + server.getPort()
                : "(no web server)";
        Environment environment = event.getApplicationContext().getEnvironment();
        String management = "http://" + environment.getProperty("management.server.address", "127.0.0.1") + ":"
                + environment.getProperty("local.management.port", "?") + "/actuator";
        log.info(
                "Kneadwise is ready at {} - probes and metrics at {} - installation {} (created {}), {}",
                address,
                management,
                installation.id(),
                installation.createdAt(),
                database.description());
    }
}
