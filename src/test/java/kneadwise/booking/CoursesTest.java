package kneadwise.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import kneadwise.accounts.AccountDeleted;
import kneadwise.demo.DemoDirectory;
import kneadwise.directory.PostalCodes;
import kneadwise.directory.Therapist;
import kneadwise.directory.Therapists;
import kneadwise.testing.DatabaseTest;
import kneadwise.testing.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Booking's store of courses and their sessions ({@link Courses}), against PostgreSQL: what is written is read back
 * whole, both ways of writing agree, PostgreSQL itself refuses two sessions at once for one therapist or one patient
 * (and a refused course leaves nothing behind), and a cancelled session frees its time.
 */
@DatabaseTest
class CoursesTest {

    static final Instant TUESDAY_SIX_PM = Instant.parse("2027-03-02T23:00:00Z");
    static final Duration HOUR = Duration.ofHours(1);

    JdbcClient jdbc;
    Courses courses;
    Therapists therapists;
    TransactionTemplate transactions;
    Therapist therapist;
    Therapist otherTherapist;
    UUID patient;
    UUID otherPatient;

    @BeforeEach
    void aTherapistAndTwoPatients(TestDatabase database) {
        DataSource dataSource = database.dataSource(); // one pool, so that a transaction spans every statement
        jdbc = JdbcClient.create(dataSource);
        transactions = new TransactionTemplate(new JdbcTransactionManager(dataSource));
        courses = new Courses(jdbc, new JdbcTemplate(dataSource));
        therapists = new Therapists(new JdbcTemplate(dataSource), transactions);
        DemoDirectory directory = new DemoDirectory(System.nanoTime(), new PostalCodes());
        therapist = directory.next();
        otherTherapist = directory.next();
        therapists.addAll(List.of(therapist, otherTherapist));
        patient = patient();
        otherPatient = patient();
    }

    @Test
    void aCourseIsReadBackWholeWithItsSessionsInOrder() {
        Course booked = course(therapist, patient, TUESDAY_SIX_PM, 3);

        transactions.executeWithoutResult(status -> courses.insert(booked));

        assertThat(courses.find(booked.id())).contains(booked);
        assertThat(courses.ofPatient(patient)).containsExactly(booked);
        assertThat(courses.ofPatient(otherPatient)).isEmpty();
        assertThat(courses.ofTherapist(therapist.id())).containsExactly(booked);
        assertThat(courses.appointment(booked.appointments().get(1).id()))
                .contains(booked.appointments().get(1));
        assertThat(courses.find(UUID.randomUUID())).isEmpty();
    }

    @Test
    void aCoursesPartiesAreRememberedUntilOneOfThemDeletesTheirAccount() {
        Course booked = course(therapist, patient, TUESDAY_SIX_PM, 2);
        CourseParties parties = new CourseParties(courses, therapists);
        assertThat(parties.of(booked.id())).as("not booked yet").isEmpty();

        transactions.executeWithoutResult(status -> courses.insert(booked));
        CourseParties.Parties expected = new CourseParties.Parties(patient, therapist.id(), therapist.accountId());
        assertThat(courses.membersOf(booked.id())).contains(new Courses.Members(patient, therapist.id()));
        assertThat(parties.of(booked.id()))
                .as("a course missing once is not remembered")
                .contains(expected);

        jdbc.sql("DELETE FROM accounts_account WHERE id = :id")
                .param("id", patient)
                .update(); // the course cascades
        assertThat(courses.membersOf(booked.id())).isEmpty();
        assertThat(parties.of(booked.id())).as("remembered, no query").contains(expected);
        parties.onDeleted(new AccountDeleted(otherPatient));
        assertThat(parties.of(booked.id())).as("someone else's deletion").contains(expected);
        parties.onDeleted(new AccountDeleted(patient));
        assertThat(parties.of(booked.id())).as("the patient's own deletion").isEmpty();
    }

    @Test
    void aTherapistDeletingTheirAccountIsForgottenToo() {
        UUID account = patient(); // any account will do for the profile's owner
        Therapist t = new DemoDirectory(System.nanoTime(), new PostalCodes()).next();
        Therapist owned = new Therapist(
                t.id(),
                account,
                t.name(),
                t.licenceState(),
                t.licenceNumber(),
                t.licenceVerifiedBy(),
                t.licenceVerifiedAt(),
                t.certifications(),
                t.techniques(),
                t.pregnancyTrained(),
                t.traumaInformed(),
                t.languages(),
                t.gender(),
                t.pricePerSession(),
                t.insurance(),
                t.address(),
                t.postalCode(),
                t.location(),
                t.sessionMinutes(),
                t.timeZone(),
                t.cancellationNoticeHours());
        therapists.addAll(List.of(owned));
        Course booked = course(owned, patient, TUESDAY_SIX_PM, 1);
        transactions.executeWithoutResult(status -> courses.insert(booked));
        CourseParties parties = new CourseParties(courses, therapists);
        assertThat(parties.of(booked.id())).contains(new CourseParties.Parties(patient, owned.id(), account));

        parties.onDeleted(new AccountDeleted(account));
        jdbc.sql("DELETE FROM accounts_account WHERE id = :id")
                .param("id", account)
                .update();
        assertThat(parties.of(booked.id())).isEmpty();
    }

    @Test
    void writingManyAtOnceStoresTheSameAsOneByOne() {
        Course one = course(therapist, patient, TUESDAY_SIX_PM, 2);
        Course another = course(otherTherapist, otherPatient, TUESDAY_SIX_PM, 4);

        courses.insertAll(List.of(one, another));

        assertThat(courses.find(one.id())).contains(one);
        assertThat(courses.find(another.id())).contains(another);
    }

    @Test
    void theDatabaseRefusesATherapistOrAPatientTwiceAtOnceAndKeepsNothingOfTheRefusedCourse() {
        Course first = course(therapist, patient, TUESDAY_SIX_PM, 2);
        transactions.executeWithoutResult(status -> courses.insert(first));
        // the second session of each overlaps (half an hour later, a week on)
        Course sameTherapist = course(
                therapist,
                otherPatient,
                TUESDAY_SIX_PM.minus(Duration.ofDays(7)).plus(HOUR.dividedBy(2)),
                2);
        Course samePatient = course(
                otherTherapist,
                patient,
                TUESDAY_SIX_PM.minus(Duration.ofDays(7)).plus(HOUR.dividedBy(2)),
                2);

        for (Course clash : List.of(sameTherapist, samePatient)) {
            assertThatThrownBy(() -> transactions.executeWithoutResult(status -> courses.insert(clash)))
                    .isInstanceOf(DataIntegrityViolationException.class)
                    .satisfies(refused -> assertThat(
                                    ((SQLException) NestedExceptionUtils.getMostSpecificCause(refused)).getSQLState())
                            .as("an exclusion constraint")
                            .isEqualTo("23P01"));
            assertThat(courses.find(clash.id())).as("no half-stored course").isEmpty();
        }
        assertThat(count("booking_calendar_entry")).isEqualTo(2);
    }

    @Test
    void aCancelledSessionFreesItsTimeAndIsCancelledOnce() {
        Course first = course(therapist, patient, TUESDAY_SIX_PM, 1);
        transactions.executeWithoutResult(status -> courses.insert(first));
        UUID session = first.appointments().getFirst().id();
        Instant now = TUESDAY_SIX_PM.minus(Duration.ofDays(2));

        assertThat(courses.cancel(session, patient, now)).isTrue();
        assertThat(courses.cancel(session, patient, now)).isFalse();

        assertThat(courses.appointment(session).orElseThrow().cancelled()).isTrue();
        assertThat(courses.scheduleOf(therapist.id(), TUESDAY_SIX_PM, TUESDAY_SIX_PM.plus(HOUR)))
                .isEmpty();
        Course instead = course(therapist, otherPatient, TUESDAY_SIX_PM, 1);
        transactions.executeWithoutResult(status -> courses.insert(instead));
        assertThat(courses.scheduleOf(therapist.id(), TUESDAY_SIX_PM, TUESDAY_SIX_PM.plus(HOUR)))
                .extracting(Appointment::courseId)
                .containsExactly(instead.id());
        assertThat(courses.move(
                        session,
                        TUESDAY_SIX_PM.plus(HOUR),
                        TUESDAY_SIX_PM.plus(HOUR).plus(HOUR)))
                .as("a cancelled session is not moved")
                .isFalse();
    }

    @Test
    void aMovedSessionTakesItsNewTimeAndOnlyAFreeOne() {
        Course first = course(therapist, patient, TUESDAY_SIX_PM, 1);
        Course second = course(therapist, otherPatient, TUESDAY_SIX_PM.plus(HOUR.multipliedBy(2)), 1);
        transactions.executeWithoutResult(status -> courses.insertAll(List.of(first, second)));
        UUID session = first.appointments().getFirst().id();
        Instant later = TUESDAY_SIX_PM.plus(HOUR);

        assertThat(courses.move(session, later, later.plus(HOUR))).isTrue();
        assertThat(courses.appointment(session).orElseThrow().start()).isEqualTo(later);
        assertThatThrownBy(() -> courses.move(session, later.plus(HOUR), later.plus(HOUR.multipliedBy(2))))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThat(courses.appointment(session).orElseThrow().start()).isEqualTo(later);
    }

    private Course course(Therapist who, UUID patientId, Instant firstStart, int sessions) {
        UUID id = UUID.randomUUID();
        List<Appointment> appointments = new ArrayList<>();
        for (int n = 1; n <= sessions; n++) {
            Instant start = firstStart.plus(Duration.ofDays(7L * (n - 1)));
            appointments.add(
                    new Appointment(UUID.randomUUID(), id, who.id(), patientId, n, start, start.plus(HOUR), null));
        }
        return new Course(id, who.id(), patientId, sessions, 7, firstStart.minus(Duration.ofDays(10)), appointments);
    }

    private UUID patient() {
        UUID id = UUID.randomUUID();
        String email = "patient-" + id + "@example.org";
        jdbc.sql("""
                        INSERT INTO accounts_account (id, email, email_key, name, role, password_hash, created_at)
                        VALUES (:id, :email, :email, 'A Patient', 'PATIENT', 'unusable', :now)
                        """)
                .param("id", id)
                .param("email", email)
                .param("now", Timestamp.from(Instant.now()))
                .update();
        return id;
    }

    private long count(String table) {
        return jdbc.sql("SELECT count(*) FROM " + table).query(Long.class).single();
    }
}
