-- The audit trail is append-only and hash-chained.
-- Each row's hash covers the previous row's hash and this row's canonical text,
-- so editing or removing any row breaks the chain that `npm run audit:verify` walks.

-- Canonical text of a row: every field that matters, in a fixed order and format.
-- audit:verify reads this same function's output, so the format lives in one place.
CREATE OR REPLACE FUNCTION audit_canonical(a audit_log) RETURNS text
LANGUAGE sql STABLE AS $$
  SELECT concat_ws(E'\x1f',
    a.seq::text,
    to_char(a.at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
    coalesce(a.actor_id::text, ''),
    coalesce(a.actor_username, ''),
    coalesce(a.ip, ''),
    coalesce(a.request_id, ''),
    a.action,
    coalesce(a.target_type, ''),
    coalesce(a.target_id, ''),
    a.result,
    coalesce(a.diff::text, ''))
$$;
--> statement-breakpoint
-- Assign seq and hashes under a transaction-scoped lock, so concurrent writers
-- are chained in commit order (the lock is held until commit).
CREATE OR REPLACE FUNCTION audit_log_chain() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  last_seq bigint;
  last_hash text;
BEGIN
  PERFORM pg_advisory_xact_lock(74061170);
  SELECT seq, hash INTO last_seq, last_hash FROM audit_log ORDER BY seq DESC LIMIT 1;
  NEW.seq := coalesce(last_seq, 0) + 1;
  NEW.prev_hash := coalesce(last_hash, repeat('0', 64));
  NEW.hash := encode(sha256(convert_to(NEW.prev_hash || E'\x1e' || audit_canonical(NEW), 'UTF8')), 'hex');
  RETURN NEW;
END
$$;
--> statement-breakpoint
CREATE TRIGGER audit_log_chain_before_insert
  BEFORE INSERT ON audit_log FOR EACH ROW EXECUTE FUNCTION audit_log_chain();
--> statement-breakpoint
-- Rows may only be removed by the retention purge, and never while younger than 180 days.
CREATE OR REPLACE FUNCTION audit_log_guard() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE'
     AND current_setting('liandian.audit_purge', true) = 'on'
     AND OLD.at < now() - interval '180 days' THEN
    RETURN OLD;
  END IF;
  RAISE EXCEPTION 'audit_log is append-only (% refused)', TG_OP
    USING ERRCODE = 'insufficient_privilege';
END
$$;
--> statement-breakpoint
CREATE TRIGGER audit_log_guard_row
  BEFORE UPDATE OR DELETE ON audit_log FOR EACH ROW EXECUTE FUNCTION audit_log_guard();
--> statement-breakpoint
CREATE OR REPLACE FUNCTION audit_log_guard_truncate() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_log is append-only (TRUNCATE refused)'
    USING ERRCODE = 'insufficient_privilege';
END
$$;
--> statement-breakpoint
CREATE TRIGGER audit_log_guard_truncate
  BEFORE TRUNCATE ON audit_log FOR EACH STATEMENT EXECUTE FUNCTION audit_log_guard_truncate();
--> statement-breakpoint
-- The retention purge: removes the oldest rows, all older than the cut-off, and the
-- cut-off is never later than 180 days ago. It leaves an 'audit.purge' row naming
-- the last removed seq and hash, which is where audit:verify picks the chain up.
CREATE OR REPLACE FUNCTION audit_log_purge(cutoff timestamptz) RETURNS bigint
LANGUAGE plpgsql AS $$
DECLARE
  effective timestamptz := least(cutoff, now() - interval '180 days');
  through_seq bigint;
  through_hash text;
  removed bigint;
BEGIN
  SELECT coalesce(min(seq), (SELECT coalesce(max(seq), 0) + 1 FROM audit_log)) - 1 INTO through_seq
    FROM audit_log WHERE at >= effective;
  IF through_seq < 1 THEN
    RETURN 0;
  END IF;
  SELECT hash INTO through_hash FROM audit_log WHERE seq = through_seq;
  PERFORM set_config('liandian.audit_purge', 'on', true);
  DELETE FROM audit_log WHERE seq <= through_seq;
  GET DIAGNOSTICS removed = ROW_COUNT;
  PERFORM set_config('liandian.audit_purge', 'off', true);
  INSERT INTO audit_log (action, target_type, result, diff)
    VALUES ('audit.purge', 'audit_log', 'success',
            jsonb_build_object('throughSeq', through_seq, 'throughHash', through_hash, 'removed', removed));
  RETURN removed;
END
$$;
