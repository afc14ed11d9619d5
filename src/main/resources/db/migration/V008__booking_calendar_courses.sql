-- Working hours, courses and each therapist's calendar (issue 6). Double booking is prevented by PostgreSQL
-- itself: exclusion constraints on the calendar refuse two active entries of one therapist (or one patient) whose
-- times overlap, however many requests race. btree_gist lets a GiST constraint compare ids with "=".
CREATE EXTENSION IF NOT EXISTS btree_gist;

-- The therapist's notice rule: a patient cannot cancel or move a session less than this many hours before it.
ALTER TABLE directory_therapist
    ADD COLUMN cancellation_notice_hours integer NOT NULL DEFAULT 24
        CHECK (cancellation_notice_hours BETWEEN 0 AND 168);

-- Weekly opening times in the therapist's own time zone (directory_therapist.time_zone); ISO weekday 1 = Monday.
CREATE TABLE booking_working_hours (
    therapist_id uuid     NOT NULL REFERENCES directory_therapist (id) ON DELETE CASCADE,
    weekday      smallint NOT NULL CHECK (weekday BETWEEN 1 AND 7),
    opens        time     NOT NULL,
    closes       time     NOT NULL,
    PRIMARY KEY (therapist_id, weekday, opens),
    CHECK (closes > opens)
);

CREATE TABLE booking_course (
    id           uuid PRIMARY KEY,
    therapist_id uuid        NOT NULL REFERENCES directory_therapist (id) ON DELETE CASCADE,
    patient_id   uuid        NOT NULL REFERENCES accounts_account (id) ON DELETE CASCADE,
    sessions     integer     NOT NULL CHECK (sessions BETWEEN 1 AND 12),
    every_days   integer     NOT NULL CHECK (every_days BETWEEN 1 AND 28),
    booked_at    timestamptz NOT NULL
);

CREATE INDEX booking_course_patient ON booking_course (patient_id);
CREATE INDEX booking_course_therapist ON booking_course (therapist_id);

-- One therapist's calendar: the sessions of courses (APPOINTMENT) and blocks of time off (TIME_OFF) share one
-- table so that one constraint keeps them all apart. Cancelled appointments stay, for the record, but no longer
-- hold their time.
CREATE TABLE booking_calendar_entry (
    id               uuid PRIMARY KEY,
    therapist_id     uuid        NOT NULL REFERENCES directory_therapist (id) ON DELETE CASCADE,
    kind             text        NOT NULL CHECK (kind IN ('APPOINTMENT', 'TIME_OFF')),
    course_id        uuid REFERENCES booking_course (id) ON DELETE CASCADE,
    patient_id       uuid REFERENCES accounts_account (id) ON DELETE CASCADE,
    session_number   integer,
    during           tstzrange   NOT NULL,
    note             text CHECK (length(note) <= 500),
    created_at       timestamptz NOT NULL,
    cancelled_at     timestamptz,
    cancelled_by     uuid,
    reminder_sent_at timestamptz,
    CHECK (NOT isempty(during) AND lower_inc(during) AND NOT upper_inc(during)
           AND NOT lower_inf(during) AND NOT upper_inf(during)),
    CHECK ((kind = 'APPOINTMENT') = (course_id IS NOT NULL AND patient_id IS NOT NULL AND session_number IS NOT NULL)),
    CONSTRAINT booking_therapist_double_booked
        EXCLUDE USING gist (therapist_id WITH =, during WITH &&) WHERE (cancelled_at IS NULL),
    CONSTRAINT booking_patient_double_booked
        EXCLUDE USING gist (patient_id WITH =, during WITH &&) WHERE (cancelled_at IS NULL AND patient_id IS NOT NULL)
);

CREATE INDEX booking_calendar_entry_course ON booking_calendar_entry (course_id);
-- The reminder job looks for active appointments starting within the next day that have not been reminded.
CREATE INDEX booking_calendar_entry_reminders_due ON booking_calendar_entry (lower(during))
    WHERE kind = 'APPOINTMENT' AND cancelled_at IS NULL AND reminder_sent_at IS NULL;
