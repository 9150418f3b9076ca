CREATE TABLE "anonymous_records" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"category" text NOT NULL,
	"occurred_on" date,
	"data" jsonb NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "erasure_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"customer_id" uuid,
	"scope" text NOT NULL,
	"categories" jsonb NOT NULL,
	"reason" text DEFAULT 'customer-request' NOT NULL,
	"idempotency_key" text,
	"request_hash" text,
	"request_id" text NOT NULL,
	"status" text DEFAULT 'scheduled' NOT NULL,
	"language" text NOT NULL,
	"grace_days" integer NOT NULL,
	"scheduled_for" timestamp with time zone NOT NULL,
	"subject_sealed" text,
	"started_early_by" uuid,
	"early_reference" text,
	"certificate" text,
	"created_at" timestamp with time zone NOT NULL,
	"cancelled_at" timestamp with time zone,
	"started_at" timestamp with time zone,
	"completed_at" timestamp with time zone,
	"notified_at" timestamp with time zone,
	CONSTRAINT "erasure_requests_status_known" CHECK ("erasure_requests"."status" in ('scheduled', 'cancelled', 'running', 'needs-attention', 'completed')),
	CONSTRAINT "erasure_requests_scope_known" CHECK ("erasure_requests"."scope" in ('account', 'categories'))
);
--> statement-breakpoint
CREATE TABLE "erasure_steps" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"request_id" uuid NOT NULL,
	"system" text NOT NULL,
	"categories" jsonb NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"idempotency_key" text NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"locked_by" text,
	"receipt" jsonb,
	"receipt_jws" text,
	"last_error" text,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"completed_at" timestamp with time zone,
	"dead_lettered_at" timestamp with time zone,
	CONSTRAINT "erasure_steps_status_known" CHECK ("erasure_steps"."status" in ('pending', 'running', 'waiting', 'done', 'dead-lettered'))
);
--> statement-breakpoint
CREATE TABLE "retention_runs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"dry_run" boolean NOT NULL,
	"trigger" text NOT NULL,
	"started_by" uuid,
	"status" text NOT NULL,
	"as_of" timestamp with time zone NOT NULL,
	"counts" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"started_at" timestamp with time zone NOT NULL,
	"finished_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "consent_ledger" DROP CONSTRAINT "consent_ledger_method_check";--> statement-breakpoint
ALTER TABLE "customer_records" ADD COLUMN "restricted_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "customer_records" ADD COLUMN "hold_id" text;--> statement-breakpoint
ALTER TABLE "customer_records" ADD COLUMN "purge_on" date;--> statement-breakpoint
ALTER TABLE "customers" ADD COLUMN "closed_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "erasure_requests" ADD CONSTRAINT "erasure_requests_customer_id_customers_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."customers"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "erasure_steps" ADD CONSTRAINT "erasure_steps_request_id_erasure_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."erasure_requests"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "anonymous_records_category_idx" ON "anonymous_records" USING btree ("category","occurred_on");--> statement-breakpoint
CREATE UNIQUE INDEX "erasure_requests_idempotency_key" ON "erasure_requests" USING btree ("customer_id","idempotency_key");--> statement-breakpoint
CREATE UNIQUE INDEX "erasure_requests_one_open" ON "erasure_requests" USING btree ("customer_id") WHERE status in ('scheduled', 'running', 'needs-attention');--> statement-breakpoint
CREATE INDEX "erasure_requests_customer_idx" ON "erasure_requests" USING btree ("customer_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "erasure_steps_request_system_key" ON "erasure_steps" USING btree ("request_id","system");--> statement-breakpoint
CREATE INDEX "erasure_steps_dead_idx" ON "erasure_steps" USING btree ("status") WHERE status = 'dead-lettered';--> statement-breakpoint
CREATE INDEX "retention_runs_started_idx" ON "retention_runs" USING btree ("started_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "customer_records_purge_idx" ON "customer_records" USING btree ("purge_on") WHERE "customer_records"."purge_on" is not null;--> statement-breakpoint
ALTER TABLE "consent_ledger" ADD CONSTRAINT "consent_ledger_method_check" CHECK ("consent_ledger"."method" in ('sign-up', 'portal', 'one-click-unsubscribe', 'unsubscribe-link', 'sms-stop', 'gpc', 'staff-on-request', 'erasure'));