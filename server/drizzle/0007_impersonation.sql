CREATE TABLE "impersonation_sessions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"staff_id" uuid NOT NULL,
	"customer_id" uuid NOT NULL,
	"session_id" uuid NOT NULL,
	"reason_category" text NOT NULL,
	"reason" text NOT NULL,
	"ticket_reference" text NOT NULL,
	"started_at" timestamp (3) with time zone NOT NULL,
	"expires_at" timestamp (3) with time zone NOT NULL,
	"ended_at" timestamp (3) with time zone,
	"end_reason" text,
	CONSTRAINT "impersonation_sessions_reason_length" CHECK (char_length("impersonation_sessions"."reason") >= 10),
	CONSTRAINT "impersonation_sessions_window" CHECK ("impersonation_sessions"."expires_at" > "impersonation_sessions"."started_at" and "impersonation_sessions"."expires_at" <= "impersonation_sessions"."started_at" + interval '30 minutes'),
	CONSTRAINT "impersonation_sessions_ended" CHECK (("impersonation_sessions"."ended_at" is null) = ("impersonation_sessions"."end_reason" is null))
);
--> statement-breakpoint
CREATE TABLE "support_access_grants" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"customer_id" uuid NOT NULL,
	"granted_at" timestamp (3) with time zone NOT NULL,
	"expires_at" timestamp (3) with time zone NOT NULL,
	"revoked_at" timestamp (3) with time zone,
	CONSTRAINT "support_access_grants_window" CHECK ("support_access_grants"."expires_at" > "support_access_grants"."granted_at" and "support_access_grants"."expires_at" <= "support_access_grants"."granted_at" + interval '7 days')
);
--> statement-breakpoint
ALTER TABLE "impersonation_sessions" ADD CONSTRAINT "impersonation_sessions_staff_id_staff_members_id_fk" FOREIGN KEY ("staff_id") REFERENCES "public"."staff_members"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "impersonation_sessions" ADD CONSTRAINT "impersonation_sessions_customer_id_customers_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."customers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "support_access_grants" ADD CONSTRAINT "support_access_grants_customer_id_customers_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."customers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "impersonation_sessions_customer_idx" ON "impersonation_sessions" USING btree ("customer_id","started_at" DESC NULLS LAST);--> statement-breakpoint
CREATE UNIQUE INDEX "impersonation_sessions_one_open_per_staff" ON "impersonation_sessions" USING btree ("staff_id") WHERE "impersonation_sessions"."ended_at" is null;--> statement-breakpoint
CREATE INDEX "support_access_grants_customer_idx" ON "support_access_grants" USING btree ("customer_id","expires_at" DESC NULLS LAST);