ALTER TABLE "login_attempts" ADD COLUMN "browser_hash" text;--> statement-breakpoint
ALTER TABLE "login_attempts" ADD COLUMN "failure" text;