package kneadwise.booking;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import kneadwise.directory.Therapists;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * A therapist's clients: everyone who booked a course with them. This is the FHIR {@code Group} of a practice that a
 * Bulk Data export names ({@code Group/{therapist id}}).
 */
@Service
public class TherapistClients {

    private final JdbcClient jdbc;
    private final Therapists therapists;

    TherapistClients(JdbcClient jdbc, Therapists therapists) {
        this.jdbc = jdbc;
        this.therapists = therapists;
    }

    /** The clients' account ids, or empty when no therapist has this id. */
    public Optional<List<UUID>> of(UUID therapistId) {
        if (therapists.find(therapistId).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(jdbc.sql("SELECT DISTINCT patient_id FROM booking_course WHERE therapist_id = :therapist")
                .param("therapist", therapistId)
                .query(UUID.class)
                .list());
    }
}
