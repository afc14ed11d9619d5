-- Which session logs a person has been reminded of (issue 7): one mail per session, even with several servers.
CREATE TABLE outcomes_log_reminder (
    course_id uuid        NOT NULL REFERENCES booking_course (id) ON DELETE CASCADE,
    session   integer     NOT NULL,
    sent_at   timestamptz NOT NULL,
    PRIMARY KEY (course_id, session)
);
