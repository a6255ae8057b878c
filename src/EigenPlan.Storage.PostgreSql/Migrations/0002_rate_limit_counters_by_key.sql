-- Rate-limit counters follow the app's IRateLimitCounters contract: the caller puts the time window in the key, and a
-- counter lives a given time from its first hit. One row per key; the old rows (at most one window's worth of counts)
-- are dropped, which forgives at most one window of attempts once, at the upgrade.
DELETE FROM rate_limit_counters;
ALTER TABLE rate_limit_counters DROP CONSTRAINT rate_limit_counters_pkey;
ALTER TABLE rate_limit_counters DROP COLUMN window_start;
ALTER TABLE rate_limit_counters ADD PRIMARY KEY (key_hash);
