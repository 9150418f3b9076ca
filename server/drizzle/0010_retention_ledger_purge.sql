-- The consent ledger stays append-only (0002_consent_ledger), with one more way out: the retention
-- engine purges entries whose retention period ended, through consent_ledger_purge() only. The
-- function announces its cutoff in a transaction-local setting for the length of its own DELETE;
-- the trigger lets a row go only when it is older than that cutoff. Any other DELETE, every UPDATE
-- and TRUNCATE are still refused. (As with the audit triggers, the database owner can switch this
-- off; the point is that no application code path can remove current proof by mistake.)
CREATE OR REPLACE FUNCTION "consent_ledger_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  purge_before text := current_setting('custodia.ledger_purge_before', true);
BEGIN
  IF TG_OP = 'DELETE' AND NOT EXISTS (SELECT 1 FROM "customers" WHERE "id" = OLD."customer_id") THEN
    RETURN OLD;
  END IF;
  IF TG_OP = 'DELETE' AND coalesce(purge_before, '') <> '' AND OLD."occurred_at" < purge_before::timestamptz THEN
    RETURN OLD;
  END IF;
  RAISE EXCEPTION 'consent_ledger is append-only: % is not allowed', TG_OP
    USING ERRCODE = 'insufficient_privilege', HINT = 'Record a new entry instead.';
END
$$;
--> statement-breakpoint
-- Entries older than `cutoff` that are no longer needed as proof: superseded by a later entry for the
-- same customer and target, or of an erased account. The latest entry of a live account is its
-- current choice (an opt-out must keep working) and is never purged. Returns how many entries of
-- how many accounts there are; with `dry_run` nothing is deleted.
CREATE FUNCTION "consent_ledger_purge"(cutoff timestamptz, dry_run boolean) RETURNS TABLE ("records" integer, "accounts" integer) LANGUAGE plpgsql AS $$
BEGIN
  CREATE TEMP TABLE IF NOT EXISTS "consent_ledger_purge_seq" ("seq" bigint PRIMARY KEY, "customer_id" uuid NOT NULL) ON COMMIT DROP;
  TRUNCATE "consent_ledger_purge_seq";
  INSERT INTO "consent_ledger_purge_seq"
    SELECT l."seq", l."customer_id" FROM "consent_ledger" l JOIN "customers" c ON c."id" = l."customer_id"
    WHERE l."occurred_at" < cutoff
      AND (c."status" = 'erased' OR EXISTS (
        SELECT 1 FROM "consent_ledger" later
        WHERE later."customer_id" = l."customer_id" AND later."kind" = l."kind" AND later."purpose" = l."purpose"
          AND later."channel" IS NOT DISTINCT FROM l."channel" AND later."seq" > l."seq"));
  SELECT count(*)::int, count(DISTINCT p."customer_id")::int INTO records, accounts FROM "consent_ledger_purge_seq" p;
  IF NOT dry_run THEN
    PERFORM set_config('custodia.ledger_purge_before', cutoff::text, true);
    DELETE FROM "consent_ledger" WHERE "seq" IN (SELECT "seq" FROM "consent_ledger_purge_seq");
    PERFORM set_config('custodia.ledger_purge_before', '', true);
  END IF;
  RETURN NEXT;
END
$$;
