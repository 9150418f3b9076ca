DROP INDEX "consent_ledger_customer_idx";--> statement-breakpoint
ALTER TABLE "consent_ledger" ALTER COLUMN "channel" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "consent_ledger" ADD COLUMN "kind" text DEFAULT 'consent' NOT NULL;--> statement-breakpoint
ALTER TABLE "consent_ledger" ADD COLUMN "wording" text;--> statement-breakpoint
ALTER TABLE "consent_ledger" ADD COLUMN "gpc_signal" boolean DEFAULT false NOT NULL;--> statement-breakpoint
CREATE INDEX "consent_ledger_customer_seq_idx" ON "consent_ledger" USING btree ("customer_id","seq");--> statement-breakpoint
CREATE INDEX "consent_ledger_customer_idx" ON "consent_ledger" USING btree ("customer_id","kind","purpose","channel","seq");--> statement-breakpoint
ALTER TABLE "consent_ledger" ADD CONSTRAINT "consent_ledger_kind_channel_check" CHECK (("consent_ledger"."kind" = 'consent' and "consent_ledger"."channel" is not null) or ("consent_ledger"."kind" = 'privacy-choice' and "consent_ledger"."channel" is null));--> statement-breakpoint
ALTER TABLE "consent_ledger" ADD CONSTRAINT "consent_ledger_method_check" CHECK ("consent_ledger"."method" in ('sign-up', 'portal', 'one-click-unsubscribe', 'unsubscribe-link', 'sms-stop', 'gpc', 'staff-on-request'));--> statement-breakpoint
ALTER TABLE "consent_ledger" ADD CONSTRAINT "consent_ledger_actor_check" CHECK ("consent_ledger"."actor" ~ '^(customer|staff):[0-9a-f-]{36}$|^system$');--> statement-breakpoint
-- Append-only (GDPR Art. 7(1) proof): the application's role can neither change nor remove entries.
-- The one exception is the foreign key's cascade when the customer row itself is deleted (the parent
-- is then already gone); erasure anonymises that row instead, so the proof survives it for the
-- profile's retention period. See server/src/modules/consent/README.md.
CREATE FUNCTION "consent_ledger_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' AND NOT EXISTS (SELECT 1 FROM "customers" WHERE "id" = OLD."customer_id") THEN
    RETURN OLD;
  END IF;
  RAISE EXCEPTION 'consent_ledger is append-only: % is not allowed', TG_OP
    USING ERRCODE = 'insufficient_privilege', HINT = 'Record a new entry instead.';
END
$$;--> statement-breakpoint
CREATE TRIGGER "consent_ledger_append_only_rows" BEFORE UPDATE OR DELETE ON "consent_ledger"
  FOR EACH ROW EXECUTE FUNCTION "consent_ledger_append_only"();--> statement-breakpoint
CREATE TRIGGER "consent_ledger_append_only_truncate" BEFORE TRUNCATE ON "consent_ledger"
  FOR EACH STATEMENT EXECUTE FUNCTION "consent_ledger_append_only"();--> statement-breakpoint
-- SMS STOP finds customers by number: phones are stored formatted ("+31 6 1234 5678"), this matches
-- them by their digits (and a leading +) without a full scan.
CREATE INDEX "customers_phone_digits_idx" ON "customers" USING btree (regexp_replace("phone", '[^0-9+]', '', 'g'));
