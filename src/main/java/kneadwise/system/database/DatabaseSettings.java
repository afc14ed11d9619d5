package kneadwise.system.database;

import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code kneadwise.db.*}, also set from the environment as {@code KNEADWISE_DB_URL}, {@code KNEADWISE_DB_USER} and
 * {@code KNEADWISE_DB_PASSWORD}. With no URL the embedded server is used.
 *
 * @param connectionTimeout how long a request waits for a connection before failing; short, so that /healthz reports
 *     a lost database promptly instead of hanging
 */
@ConfigurationProperties("kneadwise.db")
public record DatabaseSettings(
        @Nullable String url,
        @Nullable String user,
        @Nullable String password,
        @DefaultValue("5s") Duration connectionTimeout,
        @DefaultValue("20") int maximumPoolSize) {

    boolean external() {
        return url != null && !url.isBlank();
    }
}
