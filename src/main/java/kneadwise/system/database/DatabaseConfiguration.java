package kneadwise.system.database;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Chooses the database server and opens the pool. The pool depends on the server, so Spring closes the pool before it
 * stops an embedded server on shutdown.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(DatabaseConfiguration.class);

    @Bean
    DatabaseServer databaseServer(
            DatabaseSettings settings,
            DataDirectorySettings dataDirectory,
            ObjectProvider<EmbeddedDatabaseStartup> earlyStart) {
        DatabaseServer server;
        if (settings.external()) {
            server = new ExternalDatabase(
                    Objects.requireNonNull(settings.url()),
                    Objects.requireNonNullElse(settings.user(), ""),
                    Objects.requireNonNullElse(settings.password(), ""));
        } else {
            EmbeddedDatabaseStartup started = earlyStart.getIfAvailable();
            server = started != null && started.dataDirectory().equals(dataDirectory.dataDir())
                    ? started.await()
                    : EmbeddedDatabase.start(dataDirectory.dataDir());
        }
        log.info("Database: {}", server.description());
        return server;
    }

    @Bean
    HikariDataSource dataSource(DatabaseServer server, DatabaseSettings settings) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("kneadwise");
        config.setJdbcUrl(server.jdbcUrl());
        if (!server.user().isEmpty()) {
            config.setUsername(server.user());
        }
        if (!server.password().isEmpty()) {
            config.setPassword(server.password());
        }
        config.setConnectionTimeout(settings.connectionTimeout().toMillis());
        config.setMaximumPoolSize(settings.maximumPoolSize());
        // Let the service start (and /healthz report DOWN) even when the database is briefly unreachable.
        config.setInitializationFailTimeout(-1);
        return new HikariDataSource(config);
    }
}
