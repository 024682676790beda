ALTER TABLE "signing_keys" DISABLE ROW LEVEL SECURITY;--> statement-breakpoint
DROP TABLE "signing_keys" CASCADE;--> statement-breakpoint
ALTER TABLE "login_attempts" ADD COLUMN "confirm_hash" text;--> statement-breakpoint
ALTER TABLE "login_attempts" ADD CONSTRAINT "login_attempts_confirmHash_unique" UNIQUE("confirm_hash");