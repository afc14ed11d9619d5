package kneadwise.outcomes;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import kneadwise.assessment.Instrument;
import kneadwise.booking.CourseOutlines.CourseOutline;
import kneadwise.booking.CourseOutlines.SessionTime;
import org.jspecify.annotations.Nullable;

/** Which sessions' logs are due now (open and not yet logged), and what each asks for. */
final class DueLogs {

    /** @param asks the fields of the log: painNrs and sideEffects always; rmdq/odi and globalImpression when due */
    record Due(int session, Instant sessionStart, List<String> asks) {}

    private DueLogs() {}

    static List<Due> of(CourseOutline course, List<SessionLog> logs, @Nullable Instrument instrument, Instant now) {
        Set<Integer> logged = logs.stream().map(SessionLog::session).collect(Collectors.toSet());
        List<Due> due = new ArrayList<>();
        for (SessionTime time : course.times()) {
            if (time.cancelled()
                    || logged.contains(time.session())
                    || now.isBefore(time.start().minus(LogForm.OPENS_BEFORE))) {
                continue;
            }
            due.add(new Due(time.session(), time.start(), asks(time.session(), course.sessions(), instrument)));
        }
        return due;
    }

    static List<String> asks(int session, int sessions, @Nullable Instrument instrument) {
        List<String> asks = new ArrayList<>(List.of("painNrs", "sideEffects"));
        if (CourseProgress.asksFunction(session, sessions)) {
            asks.add(instrument == null ? "rmdq or odi" : instrument.name().toLowerCase(java.util.Locale.ROOT));
        }
        if (session == sessions) {
            asks.add("globalImpression");
        }
        return asks;
    }
}
