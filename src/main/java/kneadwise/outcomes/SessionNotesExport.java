package kneadwise.outcomes;

import java.util.UUID;
import kneadwise.accounts.PersonalData;
import org.springframework.stereotype.Component;

/** Therapists' notes of the person's sessions, in the export of everything stored about them. */
@Component
class SessionNotesExport implements PersonalData {

    private final SessionNotes notes;

    SessionNotesExport(SessionNotes notes) {
        this.notes = notes;
    }

    @Override
    public String section() {
        return "sessionNotes";
    }

    @Override
    public Object exportFor(UUID accountId) {
        return notes.ofPatient(accountId);
    }
}
