CREATE TABLE "consent_deliveries" (
	"ledger_seq" bigint NOT NULL,
	"system" text NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"last_error" text,
	"reference" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "consent_deliveries_ledger_seq_system_pk" PRIMARY KEY("ledger_seq","system"),
	CONSTRAINT "consent_deliveries_status_check" CHECK ("consent_deliveries"."status" in ('pending', 'delivered', 'failed'))
);
--> statement-breakpoint
ALTER TABLE "consent_deliveries" ADD CONSTRAINT "consent_deliveries_ledger_seq_consent_ledger_seq_fk" FOREIGN KEY ("ledger_seq") REFERENCES "public"."consent_ledger"("seq") ON DELETE cascade ON UPDATE no action;