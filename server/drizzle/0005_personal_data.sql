CREATE TABLE "connector_operations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"system" text NOT NULL,
	"operation" text NOT NULL,
	"idempotency_key" text NOT NULL,
	"customer_id" uuid,
	"status" text NOT NULL,
	"reference" text,
	"attempts" integer DEFAULT 0 NOT NULL,
	"receipt" jsonb,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"completed_at" timestamp with time zone,
	CONSTRAINT "connector_operations_status_known" CHECK ("connector_operations"."status" in ('in-progress', 'done', 'accepted', 'failed'))
);
--> statement-breakpoint
CREATE TABLE "correction_propagations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"correction_id" uuid NOT NULL,
	"target_kind" text NOT NULL,
	"target_id" text NOT NULL,
	"status" text NOT NULL,
	"operation_id" uuid,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "correction_propagations_status_known" CHECK ("correction_propagations"."status" in ('done', 'accepted', 'failed', 'pending'))
);
--> statement-breakpoint
CREATE TABLE "corrections" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"customer_id" uuid NOT NULL,
	"category" text NOT NULL,
	"field" text NOT NULL,
	"record_id" text,
	"actor_kind" text NOT NULL,
	"actor_id" uuid NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "rectification_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"customer_id" uuid NOT NULL,
	"category" text NOT NULL,
	"field" text NOT NULL,
	"record_id" text,
	"proposed_value" text,
	"note" text NOT NULL,
	"disputed" boolean DEFAULT false NOT NULL,
	"status" text DEFAULT 'received' NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"resolved_at" timestamp with time zone,
	CONSTRAINT "rectification_requests_status_known" CHECK ("rectification_requests"."status" in ('received', 'resolved', 'rejected'))
);
--> statement-breakpoint
ALTER TABLE "connector_operations" ADD CONSTRAINT "connector_operations_customer_id_customers_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."customers"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "correction_propagations" ADD CONSTRAINT "correction_propagations_correction_id_corrections_id_fk" FOREIGN KEY ("correction_id") REFERENCES "public"."corrections"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "correction_propagations" ADD CONSTRAINT "correction_propagations_operation_id_connector_operations_id_fk" FOREIGN KEY ("operation_id") REFERENCES "public"."connector_operations"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "corrections" ADD CONSTRAINT "corrections_customer_id_customers_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."customers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rectification_requests" ADD CONSTRAINT "rectification_requests_customer_id_customers_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."customers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "connector_operations_key" ON "connector_operations" USING btree ("system","idempotency_key");--> statement-breakpoint
CREATE INDEX "connector_operations_reference_idx" ON "connector_operations" USING btree ("system","reference");--> statement-breakpoint
CREATE UNIQUE INDEX "correction_propagations_target_key" ON "correction_propagations" USING btree ("correction_id","target_kind","target_id");--> statement-breakpoint
CREATE INDEX "correction_propagations_operation_idx" ON "correction_propagations" USING btree ("operation_id");--> statement-breakpoint
CREATE INDEX "corrections_customer_idx" ON "corrections" USING btree ("customer_id","created_at" DESC NULLS LAST,"id");--> statement-breakpoint
CREATE INDEX "rectification_requests_customer_idx" ON "rectification_requests" USING btree ("customer_id","created_at" DESC NULLS LAST);