ALTER TABLE "document_contents" DISABLE ROW LEVEL SECURITY;--> statement-breakpoint
DROP TABLE "document_contents" CASCADE;--> statement-breakpoint
ALTER TABLE "documents" ALTER COLUMN "document_type_id" DROP NOT NULL;