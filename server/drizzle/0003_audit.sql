CREATE TABLE "audit_checkpoints" (
	"seq" bigint PRIMARY KEY NOT NULL,
	"hash" text NOT NULL,
	"jws" text NOT NULL,
	"created_at" timestamp (3) with time zone NOT NULL,
	CONSTRAINT "audit_checkpoints_hash_hex" CHECK ("audit_checkpoints"."hash" ~ '^[0-9a-f]{64}$')
);
--> statement-breakpoint
CREATE TABLE "audit_events" (
	"seq" bigint PRIMARY KEY NOT NULL,
	"occurred_at" timestamp (3) with time zone NOT NULL,
	"action" text NOT NULL,
	"outcome" text NOT NULL,
	"actor_kind" text NOT NULL,
	"actor_id" uuid,
	"subject_customer_id" uuid,
	"impersonation_id" uuid,
	"session_id_hash" text,
	"request_id" text,
	"target_type" text,
	"target_id" text,
	"ip_hash" text,
	"details" jsonb NOT NULL,
	"prev_hash" text NOT NULL,
	"hash" text NOT NULL,
	CONSTRAINT "audit_events_seq_positive" CHECK ("audit_events"."seq" > 0),
	CONSTRAINT "audit_events_outcome_known" CHECK ("audit_events"."outcome" in ('success', 'failure', 'denied')),
	CONSTRAINT "audit_events_actor_kind_known" CHECK ("audit_events"."actor_kind" in ('customer', 'staff', 'system', 'anonymous')),
	CONSTRAINT "audit_events_actor_id_matches_kind" CHECK (("audit_events"."actor_kind" in ('customer', 'staff')) = ("audit_events"."actor_id" is not null)),
	CONSTRAINT "audit_events_details_object" CHECK (jsonb_typeof("audit_events"."details") = 'object'),
	CONSTRAINT "audit_events_hashes_hex" CHECK ("audit_events"."prev_hash" ~ '^[0-9a-f]{64}$' and "audit_events"."hash" ~ '^[0-9a-f]{64}$')
);
--> statement-breakpoint
CREATE INDEX "audit_events_subject_idx" ON "audit_events" USING btree ("subject_customer_id","seq" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "audit_events_actor_idx" ON "audit_events" USING btree ("actor_id","seq" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "audit_events_action_idx" ON "audit_events" USING btree ("action","seq");