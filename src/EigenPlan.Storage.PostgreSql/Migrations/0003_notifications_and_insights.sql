-- E-mail notifications: one row per invitation whose person asked for e-mail. The address is sealed (AES-GCM) under a
-- key derived from the audit key, which is not in the database; the row holds ids and times, never what changed.
-- due_utc is the schedule's next due time (null: nothing waits); claimed_until keeps a row from being sent by two
-- instances (claimed with FOR UPDATE SKIP LOCKED) and frees it again when a sender died mid-send.
CREATE TABLE notification_recipients (
    recipient_id     text PRIMARY KEY,
    plan_id          text NOT NULL,
    invitation_id    text NOT NULL UNIQUE,
    participant_id   text NOT NULL,
    address_nonce    bytea NOT NULL,
    address          bytea NOT NULL,
    since_utc        timestamptz NOT NULL,
    pending_utc      timestamptz,
    urgent_utc       timestamptz,
    last_change_utc  timestamptz,
    last_sent_utc    timestamptz,
    due_utc          timestamptz,
    claimed_until    timestamptz
);
CREATE INDEX notification_recipients_plan ON notification_recipients (plan_id, participant_id);
CREATE INDEX notification_recipients_due ON notification_recipients (due_utc) WHERE due_utc IS NOT NULL;

-- Insight for the municipality: counters only, one row per (municipality, ISO week, metric, key), increased in place.
-- No id column, no time finer than the week, no plan id, no text a resident wrote: no row can be joined to a plan.
CREATE TABLE insight_counts (
    municipality  text NOT NULL,
    week          text NOT NULL,
    metric        text NOT NULL,
    key           text NOT NULL,
    count         bigint NOT NULL,
    PRIMARY KEY (municipality, week, metric, key)
);
