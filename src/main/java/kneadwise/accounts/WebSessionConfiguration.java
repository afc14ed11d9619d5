package kneadwise.accounts;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.jdbc.config.annotation.web.http.EnableJdbcHttpSession;

/**
 * Web sessions live in PostgreSQL (table {@code accounts_web_session}, made by migration V005), so that several
 * service nodes share them; an idle session ends after 30 minutes. The session cookie is HttpOnly, SameSite=Lax, and
 * Secure whenever the request came over TLS (Spring Session's defaults).
 */
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET) // not for ./kneadwise admin
@Configuration(proxyBeanMethods = false)
@EnableJdbcHttpSession(tableName = "accounts_web_session", maxInactiveIntervalInSeconds = 30 * 60)
class WebSessionConfiguration {}
