CREATE EXTENSION IF NOT EXISTS pg_trgm;--> statement-breakpoint
DROP INDEX "applications_body_state";--> statement-breakpoint
ALTER TABLE "applications" ADD COLUMN "sort_name" text GENERATED ALWAYS AS (translate(lower(("applicant"->>'familyName') || ' ' || ("applicant"->>'givenName')), 'ÕÄÖÜŠŽ', 'õäöüšž')) STORED NOT NULL;--> statement-breakpoint
ALTER TABLE "applications" ADD COLUMN "search_name" text GENERATED ALWAYS AS (translate(lower(("applicant"->>'givenName') || ' ' || ("applicant"->>'familyName')), 'ÕÄÖÜŠŽõäöüšž', 'oaouszoaousz')) STORED NOT NULL;--> statement-breakpoint
CREATE INDEX "applications_list_submitted" ON "applications" USING btree ("body_id","submitted_at","id");--> statement-breakpoint
CREATE INDEX "applications_list_state" ON "applications" USING btree ("body_id","state","submitted_at","id");--> statement-breakpoint
CREATE INDEX "applications_list_name" ON "applications" USING btree ("body_id","sort_name","id");--> statement-breakpoint
CREATE INDEX "applications_list_kind" ON "applications" USING btree ("body_id","application_kind_id","submitted_at","id","state");--> statement-breakpoint
CREATE INDEX "applications_personal_code" ON "applications" USING btree ("body_id",("applicant"->>'personalCode'));--> statement-breakpoint
CREATE INDEX "applications_search_name" ON "applications" USING gin ("search_name" gin_trgm_ops);