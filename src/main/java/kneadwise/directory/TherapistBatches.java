package kneadwise.directory;

import java.sql.Timestamp;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Adds many profiles at once (the demo-data generator): one JDBC batch per call, in one transaction. */
@Component
class TherapistBatches {

    private final JdbcTemplate jdbc;

    TherapistBatches(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void addAll(List<Therapist> therapists) {
        jdbc.batchUpdate(
                """
                INSERT INTO directory_therapist (id, account_id, name, licence_state, licence_number,
                    licence_verified_by, licence_verified_at, certifications, techniques, pregnancy_trained,
                    trauma_informed, languages, gender, price_per_session, insurance, address, postal_code,
                    latitude, longitude, session_minutes, time_zone, created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, CAST(? AS text[]), CAST(? AS text[]), ?, ?, CAST(? AS text[]), ?, ?,
                    CAST(? AS text[]), ?, ?, ?, ?, ?, ?, now(), now())
                """,
                therapists.stream()
                        .map(t -> new Object[] {
                            t.id(),
                            t.accountId(),
                            t.name(),
                            t.licenceState(),
                            t.licenceNumber(),
                            t.licenceVerifiedBy(),
                            t.licenceVerifiedAt() == null ? null : Timestamp.from(t.licenceVerifiedAt()),
                            Therapists.arrayLiteral(t.certifications()),
                            Therapists.arrayLiteral(
                                    t.techniques().stream().map(Technique::name).toList()),
                            t.pregnancyTrained(),
                            t.traumaInformed(),
                            Therapists.arrayLiteral(t.languages()),
                            t.gender(),
                            t.pricePerSession(),
                            Therapists.arrayLiteral(t.insurance()),
                            t.address(),
                            t.postalCode(),
                            t.location().latitude(),
                            t.location().longitude(),
                            t.sessionMinutes(),
                            t.timeZone().getId()
                        })
                        .toList());
    }
}
