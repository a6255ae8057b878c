-- Store contract v2 on PostgreSQL. The database holds ids, times, ciphertext, salts, verifiers, wrapped keys and the
-- keyed access log: nothing a resident wrote, no code, no device secret, no invitation link, no audit key.
-- Applied once, in a transaction, under an advisory lock (see SchemaMigrator); never edit an applied migration, add 0002_….

-- A plan, or the tombstone of a deleted one (deleted_utc set, every secret column null), so an id never returns.
CREATE TABLE plans (
    id           text PRIMARY KEY,
    salt         bytea,
    iterations   integer,
    verifier     bytea,
    key_nonce    bytea,
    wrapped_key  bytea,
    nonce        bytea,
    ciphertext   bytea,
    version      bigint,
    created_utc  timestamptz,
    updated_utc  timestamptz,
    deleted_utc  timestamptz,
    CONSTRAINT plans_live_or_tombstone CHECK (
        (deleted_utc IS NULL AND salt IS NOT NULL AND iterations IS NOT NULL AND verifier IS NOT NULL AND key_nonce IS NOT NULL
            AND wrapped_key IS NOT NULL AND nonce IS NOT NULL AND ciphertext IS NOT NULL AND version IS NOT NULL
            AND created_utc IS NOT NULL AND updated_utc IS NOT NULL)
        OR (deleted_utc IS NOT NULL AND salt IS NULL AND verifier IS NULL AND wrapped_key IS NULL AND ciphertext IS NULL))
);

-- Each browser's own copy of the plan key (wrapped under its secret), the secret's verifier, the label encrypted.
CREATE TABLE devices (
    id             text PRIMARY KEY,
    plan_id        text NOT NULL REFERENCES plans (id),
    verifier       bytea NOT NULL,
    key_nonce      bytea NOT NULL,
    wrapped_key    bytea NOT NULL,
    label_nonce    bytea NOT NULL,
    label          bytea NOT NULL,
    shared         boolean NOT NULL,
    created_utc    timestamptz NOT NULL,
    last_used_utc  timestamptz NOT NULL,
    expires_utc    timestamptz NOT NULL
);
CREATE INDEX devices_plan_id ON devices (plan_id);

-- The shared plan: its current key wrapped under the plan key, and its encrypted content.
CREATE TABLE shared_plans (
    plan_id      text PRIMARY KEY REFERENCES plans (id),
    key_nonce    bytea NOT NULL,
    wrapped_key  bytea NOT NULL,
    nonce        bytea NOT NULL,
    ciphertext   bytea NOT NULL,
    created_utc  timestamptz NOT NULL,
    updated_utc  timestamptz NOT NULL
);

-- Invitations, found by the hash of the link token (never the token). The three key copies are null once withdrawn.
-- The expiry is bound into the key wrap to the tick (100 ns), finer than timestamptz (1 µs): it is kept as .NET ticks,
-- with a readable copy next to it.
CREATE TABLE invitations (
    id                 text PRIMARY KEY,
    plan_id            text NOT NULL REFERENCES plans (id),
    token_hash         text NOT NULL UNIQUE,
    participant_id     text NOT NULL,
    role               text NOT NULL,
    created_utc        timestamptz NOT NULL,
    expires_ticks      bigint,
    expires_utc        timestamptz GENERATED ALWAYS AS (to_timestamp((expires_ticks - 621355968000000000) / 10000000.0)) STORED,
    withdrawn_utc      timestamptz,
    last_used_utc      timestamptz,
    invitee_kek_nonce  bytea,
    invitee_kek        bytea,
    owner_kek_nonce    bytea,
    owner_kek          bytea,
    shared_key_nonce   bytea,
    shared_key         bytea
);
CREATE INDEX invitations_plan_id ON invitations (plan_id);

-- The keyed access log (HMAC chain under the audit key, which lives outside the database). No uniqueness on
-- (plan_id, seq) on purpose: a row planted at the next sequence number must not be able to block the next append;
-- verification reports it instead.
CREATE TABLE access_log (
    id             text PRIMARY KEY,
    plan_id        text NOT NULL,
    seq            bigint NOT NULL,
    time_utc       timestamptz NOT NULL,
    action         text NOT NULL,
    actor          text NOT NULL,
    role           text NOT NULL,
    invitation_id  text,
    client_hint    text,
    session_id     text,
    tombstone      boolean NOT NULL,
    prev_mac       text NOT NULL,
    mac            text NOT NULL
);
CREATE INDEX access_log_plan_seq ON access_log (plan_id, seq);

-- The head anchor of each plan's log (newest sequence number and MAC, itself MACed), apart from the entries.
CREATE TABLE access_log_heads (
    plan_id   text PRIMARY KEY,
    last_seq  bigint NOT NULL,
    last_mac  text NOT NULL,
    mac       text NOT NULL
);

-- One MAC of a fixed text under the audit key: an instance started with another key than the one this database's
-- logs were signed with refuses to start instead of writing entries no one can verify.
CREATE TABLE audit_key_check (
    id   integer PRIMARY KEY CHECK (id = 1),
    mac  text NOT NULL
);

-- ASP.NET Core Data Protection keys (the key ring every instance shares, so cookies work on each of them).
CREATE TABLE data_protection_keys (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    friendly_name  text NOT NULL,
    xml            text NOT NULL,
    created_utc    timestamptz NOT NULL DEFAULT now()
);

-- Fixed-window rate-limit counters shared by every instance. The key is hashed (no client address in the table).
CREATE TABLE rate_limit_counters (
    key_hash      text NOT NULL,
    window_start  timestamptz NOT NULL,
    hits          bigint NOT NULL,
    expires_utc   timestamptz NOT NULL,
    PRIMARY KEY (key_hash, window_start)
);
CREATE INDEX rate_limit_counters_expires ON rate_limit_counters (expires_utc);
