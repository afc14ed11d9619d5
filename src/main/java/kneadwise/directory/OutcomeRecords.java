package kneadwise.directory;

import java.util.Optional;
import java.util.UUID;

/**
 * A therapist's outcome record, when they chose to publish it on their profile: the outcomes module answers (it
 * knows the verdicts), the directory shows it, so the modules do not depend on each other both ways.
 */
public interface OutcomeRecords {

    /**
     * Clients whose pain or function improved at the end of their course, of the therapist's clients with a finished
     * course, with the 95% Wilson interval of the share.
     */
    record Published(int clients, int improved, double low, double high) {}

    /** Empty when the therapist has not published their record, or has fewer than 10 clients with a finished course. */
    Optional<Published> publishedFor(UUID therapistId);
}
