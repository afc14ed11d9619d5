-- Every mail is first a row here, written in the same transaction as the change that causes it (issue 17, item
-- 4): a sign-up, a reset, an invitation, a booking change or a reminder is never kept without its mail, nor a mail
-- sent for a change that was rolled back. A sender on any node delivers the rows (one node per row at a time:
-- FOR UPDATE SKIP LOCKED), retrying with growing pauses while the mail server is away.
CREATE TABLE system_mail_outbox (
    id          bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    recipient   text        NOT NULL,
    subject     text        NOT NULL,
    body        text        NOT NULL,
    created_at  timestamptz NOT NULL,
    send_after  timestamptz NOT NULL,
    attempts    integer     NOT NULL DEFAULT 0,
    last_error  text,
    sent_at     timestamptz
);

-- What the sender looks for: unsent rows whose time has come.
CREATE INDEX system_mail_outbox_due ON system_mail_outbox (send_after) WHERE sent_at IS NULL;
