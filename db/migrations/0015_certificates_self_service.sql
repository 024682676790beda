CREATE TYPE "public"."registry_key_purpose" AS ENUM('seal', 'credential');--> statement-breakpoint
ALTER TYPE "public"."notice_kind" ADD VALUE 'answered' BEFORE 'other';--> statement-breakpoint
CREATE TABLE "registry_keys" (
	"id" text PRIMARY KEY NOT NULL,
	"purpose" "registry_key_purpose" NOT NULL,
	"algorithm" text NOT NULL,
	"private_key_pem" text NOT NULL,
	"public_jwk" jsonb NOT NULL,
	"certificate_chain_pem" text,
	"created_at" timestamp with time zone NOT NULL,
	"retired_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "certificates" ADD COLUMN "verification_code" text DEFAULT replace(gen_random_uuid()::text, '-', '') NOT NULL;--> statement-breakpoint
ALTER TABLE "certificates" ADD COLUMN "status_index" integer;--> statement-breakpoint
ALTER TABLE "certificates" ADD COLUMN "credential_salt" text DEFAULT replace(gen_random_uuid()::text, '-', '') NOT NULL;--> statement-breakpoint
ALTER TABLE "certificates" ADD COLUMN "revoked_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "certificates" ADD COLUMN "revoked_reason" text;--> statement-breakpoint
ALTER TABLE "certificates" ADD COLUMN "revoked_by_id" uuid;--> statement-breakpoint
ALTER TABLE "notices" ADD COLUMN "milestone" text NOT NULL;--> statement-breakpoint
ALTER TABLE "owner_requests" ADD COLUMN "body_id" integer;--> statement-breakpoint
ALTER TABLE "owner_requests" ADD COLUMN "fee_cents" integer;--> statement-breakpoint
ALTER TABLE "owner_requests" ADD COLUMN "payment_reference" text;--> statement-breakpoint
ALTER TABLE "owner_requests" ADD COLUMN "fee_received_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "certificates" ADD CONSTRAINT "certificates_revoked_by_id_persons_id_fk" FOREIGN KEY ("revoked_by_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "owner_requests" ADD CONSTRAINT "owner_requests_body_id_awarding_bodies_id_fk" FOREIGN KEY ("body_id") REFERENCES "public"."awarding_bodies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "notices_milestone" ON "notices" USING btree ("certificate_id","milestone");--> statement-breakpoint
CREATE INDEX "owner_requests_body" ON "owner_requests" USING btree ("body_id","state");--> statement-breakpoint
ALTER TABLE "certificates" ADD CONSTRAINT "certificates_verificationCode_unique" UNIQUE("verification_code");--> statement-breakpoint
ALTER TABLE "certificates" ADD CONSTRAINT "certificates_statusIndex_unique" UNIQUE("status_index");--> statement-breakpoint
ALTER TABLE "certificates" ADD CONSTRAINT "certificates_revocation" CHECK (("certificates"."status" = 'revoked') = ("certificates"."revoked_at" is not null and "certificates"."revoked_reason" is not null));--> statement-breakpoint
ALTER TABLE "certificates" ADD CONSTRAINT "certificates_status_index" CHECK ("certificates"."status_index" between 0 and 131071);