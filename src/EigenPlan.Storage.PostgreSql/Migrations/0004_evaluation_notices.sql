-- Evaluation notices: one row per person who asked for e-mail (recipient) and evaluation they join, sent once a few
-- days before the moment. Ids, the evaluation's date and times only; never what the plan says. not_before_utc is when
-- it may go; sent_utc keeps it from going twice while the date stays; claimed_until works as in notification_recipients.
CREATE TABLE evaluation_notices (
    recipient_id     text NOT NULL,
    evaluation_id    text NOT NULL,
    plan_id          text NOT NULL,
    evaluation_date  date NOT NULL,
    not_before_utc   timestamptz NOT NULL,
    sent_utc         timestamptz,
    claimed_until    timestamptz,
    PRIMARY KEY (recipient_id, evaluation_id)
);
CREATE INDEX evaluation_notices_plan ON evaluation_notices (plan_id);
CREATE INDEX evaluation_notices_due ON evaluation_notices (not_before_utc) WHERE sent_utc IS NULL;
