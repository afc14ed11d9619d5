package kneadwise.outcomes;

import java.util.UUID;
import kneadwise.accounts.PersonalData;
import org.springframework.stereotype.Component;

/** The person's session logs (pain, side effects, questionnaires), in the export of everything stored about them. */
@Component
class OutcomeLogsExport implements PersonalData {

    private final SessionLogs logs;

    OutcomeLogsExport(SessionLogs logs) {
        this.logs = logs;
    }

    @Override
    public String section() {
        return "outcomeLogs";
    }

    @Override
    public Object exportFor(UUID accountId) {
        return logs.ofPatient(accountId);
    }
}
