-- Jobs that follow courses (outcomes' log reminders) look for active sessions starting or ending in a window of time.
CREATE INDEX booking_calendar_entry_session_starts ON booking_calendar_entry (lower(during))
    WHERE kind = 'APPOINTMENT' AND cancelled_at IS NULL;
CREATE INDEX booking_calendar_entry_session_ends ON booking_calendar_entry (upper(during))
    WHERE kind = 'APPOINTMENT' AND cancelled_at IS NULL;
