ALTER TABLE "application_transitions" ADD COLUMN "step" text;--> statement-breakpoint
ALTER TABLE "applications" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "applications" ADD COLUMN "fee_received_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "applications" ADD COLUMN "fee_waived_reason" text;--> statement-breakpoint
ALTER TABLE "applications" ADD COLUMN "documents_accepted_at" timestamp with time zone;--> statement-breakpoint
-- Rows written before steps were named: each state is reached by one step only.
UPDATE "application_transitions" SET "step" = CASE "to_state"
  WHEN 'submitted' THEN 'submit' WHEN 'resubmitted' THEN 'resubmit' WHEN 'returned' THEN 'return'
  WHEN 'withdrawn' THEN 'withdraw' WHEN 'admitted' THEN 'admit' WHEN 'rejected' THEN 'reject'
  WHEN 'exam_booked' THEN 'bookExam' WHEN 'assessed' THEN 'assess' WHEN 'granted' THEN 'grant'
  WHEN 'refused' THEN 'refuse' END
WHERE "step" IS NULL;
