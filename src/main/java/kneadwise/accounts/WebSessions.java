package kneadwise.accounts;

import java.util.UUID;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.event.EventListener;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/** Ends every web session of an account: on "log out everywhere", a password reset, or the account's deletion. */
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@Component
class WebSessions {

    private final FindByIndexNameSessionRepository<? extends Session> sessions;

    WebSessions(FindByIndexNameSessionRepository<? extends Session> sessions) {
        this.sessions = sessions;
    }

    void endAllOf(UUID accountId) {
        // Sessions are indexed by SignedIn.getName(), the account id.
        sessions.findByPrincipalName(accountId.toString()).keySet().forEach(sessions::deleteById);
    }

    @EventListener
    void onDeleted(AccountDeleted deleted) {
        endAllOf(deleted.accountId());
    }
}
