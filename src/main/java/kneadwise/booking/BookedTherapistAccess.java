package kneadwise.booking;

import java.util.UUID;
import kneadwise.accounts.Account;
import kneadwise.accounts.RecordAccessRule;
import kneadwise.directory.Therapists;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A therapist may see the record of a patient who has booked a course with them and not cancelled all of it: they
 * need the flags and precautions before the first session.
 */
@Component
class BookedTherapistAccess implements RecordAccessRule {

    private final Therapists therapists;
    private final JdbcClient jdbc;

    BookedTherapistAccess(Therapists therapists, JdbcClient jdbc) {
        this.therapists = therapists;
        this.jdbc = jdbc;
    }

    @Override
    public boolean allows(Account viewer, UUID patientId) {
        return therapists
                .ofTherapist(viewer)
                .map(therapist -> jdbc.sql("""
                                SELECT EXISTS (
                                    SELECT 1
                                    FROM booking_calendar_entry
                                    WHERE therapist_id = :therapist
                                      AND patient_id = :patient
                                      AND kind = 'APPOINTMENT'
                                      AND cancelled_at IS NULL)
                                """)
                        .param("therapist", therapist.id())
                        .param("patient", patientId)
                        .query(Boolean.class)
                        .single())
                .orElse(false);
    }
}
