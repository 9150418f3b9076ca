CREATE TABLE "privacy_notice_mailings" (
	"version" text NOT NULL,
	"customer_id" uuid NOT NULL,
	"sent_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "privacy_notice_mailings_version_customer_id_pk" PRIMARY KEY("version","customer_id")
);
--> statement-breakpoint
CREATE TABLE "privacy_notice_versions" (
	"version" text PRIMARY KEY NOT NULL,
	"effective_date" date NOT NULL,
	"texts" jsonb NOT NULL,
	"summary" jsonb NOT NULL,
	"published_at" timestamp with time zone DEFAULT now() NOT NULL,
	"published_by" uuid
);
--> statement-breakpoint
ALTER TABLE "consent_ledger" DROP CONSTRAINT "consent_ledger_kind_channel_check";--> statement-breakpoint
ALTER TABLE "privacy_notice_mailings" ADD CONSTRAINT "privacy_notice_mailings_version_privacy_notice_versions_version_fk" FOREIGN KEY ("version") REFERENCES "public"."privacy_notice_versions"("version") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "privacy_notice_mailings" ADD CONSTRAINT "privacy_notice_mailings_customer_id_customers_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."customers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "privacy_notice_versions" ADD CONSTRAINT "privacy_notice_versions_published_by_staff_members_id_fk" FOREIGN KEY ("published_by") REFERENCES "public"."staff_members"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consent_ledger" ADD CONSTRAINT "consent_ledger_kind_channel_check" CHECK (("consent_ledger"."kind" = 'consent' and "consent_ledger"."channel" is not null) or ("consent_ledger"."kind" in ('privacy-choice', 'cookie') and "consent_ledger"."channel" is null));--> statement-breakpoint
-- Published notice versions are the record of what customers were told: the application may add
-- versions, never rewrite or remove them.
REVOKE UPDATE, DELETE, TRUNCATE ON "privacy_notice_versions" FROM custodia_app;
