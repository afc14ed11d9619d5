package kneadwise.checkin;

import jakarta.servlet.http.HttpSession;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Keeps a person's check-in answers in their web session (stored in PostgreSQL, gone after 30 idle minutes), as
 * JSON rather than a Java object so that a new release can still read a draft started before it.
 */
@Component
class CheckinDrafts {

    static final String ATTRIBUTE = "kneadwise.checkin.draft";
    static final String KEPT_AT = "kneadwise.checkin.keptAt";

    private final JsonMapper json;

    CheckinDrafts(JsonMapper json) {
        this.json = json;
    }

    CheckinDraft load(HttpSession session) {
        if (!(session.getAttribute(ATTRIBUTE) instanceof String saved)) {
            return CheckinDraft.EMPTY;
        }
        try {
            return json.readValue(saved, CheckinDraft.class);
        } catch (JacksonException unreadable) {
            // A draft from an incompatible release: start again rather than fail the page.
            return CheckinDraft.EMPTY;
        }
    }

    /** Saves the answers; a changed answer is no longer the one kept in the record, if any. */
    void save(HttpSession session, CheckinDraft draft) {
        session.setAttribute(ATTRIBUTE, json.writeValueAsString(draft));
        session.removeAttribute(KEPT_AT);
    }

    void clear(HttpSession session) {
        session.removeAttribute(ATTRIBUTE);
        session.removeAttribute(KEPT_AT);
    }

    /** Notes that these answers are now in the person's record. */
    void markKept(HttpSession session, Instant when) {
        session.setAttribute(KEPT_AT, when.toString());
    }

    /** When these answers were kept in the record, or null when they are not. */
    @Nullable
    String keptAt(HttpSession session) {
        return session.getAttribute(KEPT_AT) instanceof String when ? when : null;
    }
}
