package kneadwise.accounts;

import java.util.concurrent.TimeUnit;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.config.annotation.web.http.EnableJdbcHttpSession;
import org.springframework.stereotype.Component;

/**
 * Web sessions live in PostgreSQL (table {@code accounts_web_session}, made by migration V005), so that several
 * service nodes share them; an idle session ends after 30 minutes. The session cookie is HttpOnly, SameSite=Lax, and
 * Secure whenever the request came over TLS (Spring Session's defaults).
 */
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET) // not for ./kneadwise admin
@Configuration(proxyBeanMethods = false)
// Spring Session's own clean-up runs on a cron that can fire while the migrations that create its table are still
// running on a first start (seen in LauncherIT: an ERROR in the log). Ours starts a minute after start-up.
@EnableJdbcHttpSession(
        tableName = "accounts_web_session",
        maxInactiveIntervalInSeconds = 30 * 60,
        cleanupCron = Scheduled.CRON_DISABLED)
@EnableScheduling
class WebSessionConfiguration {

    /** Deletes expired web sessions every minute, the first time one minute after start-up. */
    @Component
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    static class ExpiredSessionCleanup {

        private final JdbcIndexedSessionRepository sessions;

        ExpiredSessionCleanup(JdbcIndexedSessionRepository sessions) {
            this.sessions = sessions;
        }

        @Scheduled(initialDelay = 60, fixedDelay = 60, timeUnit = TimeUnit.SECONDS)
        void deleteExpired() {
            sessions.cleanUpExpiredSessions();
        }
    }
}
