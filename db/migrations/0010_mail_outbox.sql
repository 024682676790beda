CREATE TYPE "public"."mail_language" AS ENUM('et', 'en');--> statement-breakpoint
CREATE TYPE "public"."mail_state" AS ENUM('queued', 'sending', 'sent', 'failed');--> statement-breakpoint
CREATE TABLE "mail_outbox" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"idempotency_key" text NOT NULL,
	"application_id" uuid,
	"recipient" text NOT NULL,
	"language" "mail_language" NOT NULL,
	"template" text NOT NULL,
	"params" jsonb NOT NULL,
	"subject" text NOT NULL,
	"body" text NOT NULL,
	"message_id" text NOT NULL,
	"state" "mail_state" DEFAULT 'queued' NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"last_error" text,
	"lease_until" timestamp with time zone,
	"queued_at" timestamp with time zone DEFAULT now() NOT NULL,
	"sent_at" timestamp with time zone,
	CONSTRAINT "mail_outbox_idempotencyKey_unique" UNIQUE("idempotency_key"),
	CONSTRAINT "mail_outbox_messageId_unique" UNIQUE("message_id"),
	CONSTRAINT "mail_outbox_sent_at" CHECK (("mail_outbox"."state" = 'sent') = ("mail_outbox"."sent_at" is not null))
);
--> statement-breakpoint
ALTER TABLE "mail_outbox" ADD CONSTRAINT "mail_outbox_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "mail_outbox_application" ON "mail_outbox" USING btree ("application_id","queued_at");--> statement-breakpoint
CREATE INDEX "mail_outbox_state" ON "mail_outbox" USING btree ("state","queued_at");