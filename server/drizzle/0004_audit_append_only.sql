-- The audit trail is append-only in the database itself (security.md line 19), not only in code.
-- Triggers, not REVOKE: in embedded mode the app connects as the owner/superuser, whom grants do not
-- bind; triggers fire for every role. (The owner or a superuser can still disable them, which is why
-- the hash chain and the signed checkpoints exist: such tampering is detected, not prevented.)
-- Where the app runs as its own non-owner role, also REVOKE UPDATE, DELETE, TRUNCATE from it.
CREATE FUNCTION audit_reject_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% is append-only: % is not allowed', TG_TABLE_NAME, TG_OP
    USING ERRCODE = 'insufficient_privilege';
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER audit_events_no_update_delete BEFORE UPDATE OR DELETE ON audit_events
  FOR EACH ROW EXECUTE FUNCTION audit_reject_change();
--> statement-breakpoint
CREATE TRIGGER audit_events_no_truncate BEFORE TRUNCATE ON audit_events
  FOR EACH STATEMENT EXECUTE FUNCTION audit_reject_change();
--> statement-breakpoint
CREATE TRIGGER audit_checkpoints_no_update_delete BEFORE UPDATE OR DELETE ON audit_checkpoints
  FOR EACH ROW EXECUTE FUNCTION audit_reject_change();
--> statement-breakpoint
CREATE TRIGGER audit_checkpoints_no_truncate BEFORE TRUNCATE ON audit_checkpoints
  FOR EACH STATEMENT EXECUTE FUNCTION audit_reject_change();
--> statement-breakpoint
-- Defence in depth for the append path (modules/audit/append-audit-event.ts): whoever inserts must
-- take the same advisory lock (418581342580 = "audit" in ASCII, AUDIT_APPEND_LOCK_KEY) and continue
-- the chain: seq = head + 1 and prev_hash = the head's hash. The content hash needs the canonical
-- JSON, so the verifier checks that one.
CREATE FUNCTION audit_events_check_append() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  head_seq bigint;
  head_hash text;
BEGIN
  PERFORM pg_advisory_xact_lock(418581342580);
  SELECT seq, hash INTO head_seq, head_hash FROM audit_events ORDER BY seq DESC LIMIT 1;
  IF NEW.seq IS DISTINCT FROM coalesce(head_seq, 0) + 1 THEN
    RAISE EXCEPTION 'audit_events: seq % does not follow the head %', NEW.seq, coalesce(head_seq, 0)
      USING ERRCODE = 'integrity_constraint_violation';
  END IF;
  IF NEW.prev_hash IS DISTINCT FROM coalesce(head_hash, repeat('0', 64)) THEN
    RAISE EXCEPTION 'audit_events: prev_hash of seq % is not the head''s hash', NEW.seq
      USING ERRCODE = 'integrity_constraint_violation';
  END IF;
  RETURN NEW;
END
$$;
--> statement-breakpoint
CREATE TRIGGER audit_events_check_append BEFORE INSERT ON audit_events
  FOR EACH ROW EXECUTE FUNCTION audit_events_check_append();
