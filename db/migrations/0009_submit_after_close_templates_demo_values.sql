ALTER TABLE "awarding_bodies" ADD COLUMN "submit_drafts_after_close" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "kind_documents" ADD COLUMN "template_url" text;--> statement-breakpoint
ALTER TABLE "kind_documents" ADD COLUMN "demo_value" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "qualifications" ADD COLUMN "validity_demo_value" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "kind_documents" ADD CONSTRAINT "kind_documents_template_url" CHECK ("kind_documents"."template_url" is null or "kind_documents"."template_url" ~ '^https?://');