CREATE TYPE "public"."application_state" AS ENUM('draft', 'submitted', 'returned', 'resubmitted', 'admitted', 'exam_booked', 'assessed', 'granted', 'refused', 'withdrawn', 'rejected');--> statement-breakpoint
CREATE TYPE "public"."payment_source" AS ENUM('proof', 'bank_statement', 'manual');--> statement-breakpoint
CREATE TYPE "public"."submission_channel" AS ENUM('self', 'employer', 'partner', 'staff');--> statement-breakpoint
CREATE TYPE "public"."body_mode" AS ENUM('registry', 'redirect', 'legacy');--> statement-breakpoint
CREATE TYPE "public"."staff_role" AS ENUM('manager', 'processor', 'assessor');--> statement-breakpoint
CREATE TYPE "public"."application_kind_code" AS ENUM('first', 'recertification', 'reexam', 'rpl');--> statement-breakpoint
CREATE TYPE "public"."assessment_method" AS ENUM('test', 'interview', 'written_task', 'practical', 'portfolio');--> statement-breakpoint
CREATE TYPE "public"."fee_due" AS ENUM('submission', 'before_exam');--> statement-breakpoint
CREATE TYPE "public"."certificate_status" AS ENUM('valid', 'expired', 'revoked', 'replaced');--> statement-breakpoint
CREATE TYPE "public"."notice_kind" AS ENUM('issued', 'expiring', 'expired', 'revoked', 'replaced', 'other');--> statement-breakpoint
CREATE TYPE "public"."owner_request_kind" AS ENUM('print', 'duplicate', 'information');--> statement-breakpoint
CREATE TYPE "public"."owner_request_state" AS ENUM('open', 'in_progress', 'done', 'declined');--> statement-breakpoint
CREATE TYPE "public"."decision" AS ENUM('granted', 'refused');--> statement-breakpoint
CREATE TYPE "public"."protocol_state" AS ENUM('draft', 'signed');--> statement-breakpoint
CREATE TYPE "public"."result_outcome" AS ENUM('pass', 'fail', 'absent');--> statement-breakpoint
CREATE TABLE "application_transitions" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "application_transitions_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"application_id" uuid NOT NULL,
	"from_state" "application_state",
	"to_state" "application_state" NOT NULL,
	"actor_id" uuid NOT NULL,
	"reason" text,
	"at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "applications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"body_id" integer NOT NULL,
	"application_kind_id" integer NOT NULL,
	"applicant_id" uuid NOT NULL,
	"submitted_by_id" uuid NOT NULL,
	"channel" "submission_channel" DEFAULT 'self' NOT NULL,
	"mandate_id" integer,
	"state" "application_state" DEFAULT 'draft' NOT NULL,
	"exam_session_id" integer,
	"renews_certificate_id" uuid,
	"applicant" jsonb NOT NULL,
	"confirmed_prerequisite_ids" integer[] DEFAULT '{}' NOT NULL,
	"invoice_details" jsonb,
	"delivery_option_id" integer,
	"public_consent" boolean DEFAULT false NOT NULL,
	"payment_reference" text,
	"idempotency_key" text,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"submitted_at" timestamp with time zone,
	CONSTRAINT "applications_paymentReference_unique" UNIQUE("payment_reference"),
	CONSTRAINT "applications_idempotencyKey_unique" UNIQUE("idempotency_key"),
	CONSTRAINT "applications_mandate_channel" CHECK ("applications"."mandate_id" is null or "applications"."channel" in ('employer', 'partner'))
);
--> statement-breakpoint
CREATE TABLE "document_contents" (
	"storage_key" text PRIMARY KEY NOT NULL,
	"content" "bytea" NOT NULL
);
--> statement-breakpoint
CREATE TABLE "documents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"application_id" uuid NOT NULL,
	"document_type_id" integer NOT NULL,
	"variant" text,
	"file_name" text NOT NULL,
	"media_type" text NOT NULL,
	"byte_size" integer NOT NULL,
	"sha256" text NOT NULL,
	"storage_key" text NOT NULL,
	"issued_on" date,
	"covers_from" date,
	"covers_until" date,
	"uploaded_by_id" uuid NOT NULL,
	"uploaded_at" timestamp with time zone NOT NULL,
	CONSTRAINT "documents_storageKey_unique" UNIQUE("storage_key"),
	CONSTRAINT "documents_size" CHECK ("documents"."byte_size" > 0)
);
--> statement-breakpoint
CREATE TABLE "message_attachments" (
	"message_id" uuid NOT NULL,
	"document_id" uuid NOT NULL,
	CONSTRAINT "message_attachments_message_id_document_id_pk" PRIMARY KEY("message_id","document_id")
);
--> statement-breakpoint
CREATE TABLE "messages" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"application_id" uuid NOT NULL,
	"author_id" uuid NOT NULL,
	"from_body" boolean NOT NULL,
	"body" text NOT NULL,
	"sent_at" timestamp with time zone NOT NULL,
	"read_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "payments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"application_id" uuid NOT NULL,
	"fee_item_id" integer,
	"amount_cents" integer NOT NULL,
	"currency" text DEFAULT 'EUR' NOT NULL,
	"source" "payment_source" NOT NULL,
	"payer_name" text,
	"reference" text,
	"bank_reference" text,
	"proof_document_id" uuid,
	"paid_on" date,
	"confirmed_at" timestamp with time zone,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "payments_bankReference_unique" UNIQUE("bank_reference"),
	CONSTRAINT "payments_amount" CHECK ("payments"."amount_cents" > 0)
);
--> statement-breakpoint
CREATE TABLE "audit_events" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "audit_events_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"at" timestamp with time zone NOT NULL,
	"actor_id" uuid,
	"actor_role" text NOT NULL,
	"body_id" integer,
	"action" text NOT NULL,
	"subject_id" uuid,
	"entity" text NOT NULL,
	"entity_id" text,
	"request_id" text,
	"purpose" text,
	"detail" jsonb
);
--> statement-breakpoint
CREATE TABLE "awarding_bodies" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "awarding_bodies_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"slug" text NOT NULL,
	"name_et" text NOT NULL,
	"name_en" text NOT NULL,
	"registry_code" text,
	"iban" text NOT NULL,
	"bank_name" text,
	"payment_explanation_et" text NOT NULL,
	"payment_explanation_en" text NOT NULL,
	"contact_email" text NOT NULL,
	"website" text,
	"mode" "body_mode" DEFAULT 'registry' NOT NULL,
	"billing" boolean DEFAULT false NOT NULL,
	"accountant_email" text,
	"fictional" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "awarding_bodies_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
CREATE TABLE "body_origins" (
	"body_id" integer NOT NULL,
	"origin" text NOT NULL,
	CONSTRAINT "body_origins_body_id_origin_pk" PRIMARY KEY("body_id","origin"),
	CONSTRAINT "body_origins_origin_shape" CHECK ("body_origins"."origin" ~ '^https?://[^/]+$')
);
--> statement-breakpoint
CREATE TABLE "body_staff" (
	"body_id" integer NOT NULL,
	"person_id" uuid NOT NULL,
	"role" "staff_role" NOT NULL,
	CONSTRAINT "body_staff_body_id_person_id_role_pk" PRIMARY KEY("body_id","person_id","role")
);
--> statement-breakpoint
CREATE TABLE "committee_members" (
	"body_id" integer NOT NULL,
	"person_id" uuid NOT NULL,
	"chair" boolean DEFAULT false NOT NULL,
	CONSTRAINT "committee_members_body_id_person_id_pk" PRIMARY KEY("body_id","person_id")
);
--> statement-breakpoint
CREATE TABLE "mandates" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "mandates_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"body_id" integer NOT NULL,
	"person_id" uuid NOT NULL,
	"organisation_name" text,
	"organisation_registry_code" text,
	"kind" text NOT NULL,
	"valid_from" date NOT NULL,
	"valid_until" date,
	"revoked_at" timestamp with time zone,
	CONSTRAINT "mandates_period" CHECK ("mandates"."valid_until" is null or "mandates"."valid_until" >= "mandates"."valid_from")
);
--> statement-breakpoint
CREATE TABLE "application_kinds" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "application_kinds_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"qualification_id" integer NOT NULL,
	"kind" "application_kind_code" NOT NULL,
	"slug" text NOT NULL,
	"title_et" text NOT NULL,
	"title_en" text NOT NULL,
	"open_from" timestamp with time zone,
	"open_until" timestamp with time zone,
	"recertification_from_months" smallint,
	"recertification_until_months" smallint,
	"demo_values" boolean DEFAULT false NOT NULL,
	CONSTRAINT "application_kinds_qualification_slug" UNIQUE("qualification_id","slug"),
	CONSTRAINT "application_kinds_window" CHECK ("application_kinds"."open_until" is null or "application_kinds"."open_from" is null or "application_kinds"."open_until" > "application_kinds"."open_from")
);
--> statement-breakpoint
CREATE TABLE "assessment_components" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "assessment_components_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"application_kind_id" integer NOT NULL,
	"position" smallint NOT NULL,
	"method" "assessment_method" NOT NULL,
	"description_et" text NOT NULL,
	"description_en" text NOT NULL,
	CONSTRAINT "assessment_components_position" UNIQUE("application_kind_id","position")
);
--> statement-breakpoint
CREATE TABLE "delivery_options" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "delivery_options_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"body_id" integer NOT NULL,
	"slug" text NOT NULL,
	"label_et" text NOT NULL,
	"label_en" text NOT NULL,
	"cost_net_cents" integer DEFAULT 0 NOT NULL,
	"demo_value" boolean DEFAULT false NOT NULL,
	CONSTRAINT "delivery_options_body_slug" UNIQUE("body_id","slug"),
	CONSTRAINT "delivery_options_cost" CHECK ("delivery_options"."cost_net_cents" >= 0)
);
--> statement-breakpoint
CREATE TABLE "document_types" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "document_types_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"body_id" integer NOT NULL,
	"slug" text NOT NULL,
	"name_et" text NOT NULL,
	"name_en" text NOT NULL,
	"media_types" text[] DEFAULT array['application/pdf','image/jpeg','image/png'] NOT NULL,
	"max_bytes" integer DEFAULT 10485760 NOT NULL,
	CONSTRAINT "document_types_body_slug" UNIQUE("body_id","slug"),
	CONSTRAINT "document_types_max_bytes" CHECK ("document_types"."max_bytes" > 0)
);
--> statement-breakpoint
CREATE TABLE "fee_items" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "fee_items_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"application_kind_id" integer NOT NULL,
	"position" smallint NOT NULL,
	"label_et" text NOT NULL,
	"label_en" text NOT NULL,
	"net_cents" integer NOT NULL,
	"currency" text DEFAULT 'EUR' NOT NULL,
	"vat_country" text DEFAULT 'EE' NOT NULL,
	"vat_category" text DEFAULT 'standard' NOT NULL,
	"due" "fee_due" DEFAULT 'submission' NOT NULL,
	"demo_value" boolean DEFAULT false NOT NULL,
	CONSTRAINT "fee_items_position" UNIQUE("application_kind_id","position"),
	CONSTRAINT "fee_items_net" CHECK ("fee_items"."net_cents" >= 0)
);
--> statement-breakpoint
CREATE TABLE "kind_documents" (
	"application_kind_id" integer NOT NULL,
	"document_type_id" integer NOT NULL,
	"position" smallint NOT NULL,
	"required" boolean DEFAULT true NOT NULL,
	"label_et" text NOT NULL,
	"label_en" text NOT NULL,
	"rules" jsonb DEFAULT '[]'::jsonb NOT NULL,
	CONSTRAINT "kind_documents_application_kind_id_document_type_id_pk" PRIMARY KEY("application_kind_id","document_type_id")
);
--> statement-breakpoint
CREATE TABLE "mandate_qualifications" (
	"mandate_id" integer NOT NULL,
	"qualification_id" integer NOT NULL,
	CONSTRAINT "mandate_qualifications_mandate_id_qualification_id_pk" PRIMARY KEY("mandate_id","qualification_id")
);
--> statement-breakpoint
CREATE TABLE "prerequisites" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "prerequisites_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"application_kind_id" integer NOT NULL,
	"position" smallint NOT NULL,
	"text_et" text NOT NULL,
	"text_en" text NOT NULL,
	CONSTRAINT "prerequisites_position" UNIQUE("application_kind_id","position")
);
--> statement-breakpoint
CREATE TABLE "qualifications" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "qualifications_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"body_id" integer NOT NULL,
	"slug" text NOT NULL,
	"name_et" text NOT NULL,
	"name_en" text NOT NULL,
	"eqf_level" smallint,
	"validity_months" smallint,
	"standard_name_et" text,
	"standard_name_en" text,
	"awarded_until" date,
	CONSTRAINT "qualifications_body_slug" UNIQUE("body_id","slug"),
	CONSTRAINT "qualifications_eqf_level" CHECK ("qualifications"."eqf_level" between 1 and 8),
	CONSTRAINT "qualifications_validity" CHECK ("qualifications"."validity_months" is null or "qualifications"."validity_months" > 0)
);
--> statement-breakpoint
CREATE TABLE "vat_rates" (
	"country" text NOT NULL,
	"category" text DEFAULT 'standard' NOT NULL,
	"valid_from" date NOT NULL,
	"rate_basis_points" integer NOT NULL,
	CONSTRAINT "vat_rates_country_category_valid_from_pk" PRIMARY KEY("country","category","valid_from"),
	CONSTRAINT "vat_rates_range" CHECK ("vat_rates"."rate_basis_points" between 0 and 10000)
);
--> statement-breakpoint
CREATE TABLE "certificates" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"number" text NOT NULL,
	"holder_id" uuid NOT NULL,
	"body_id" integer NOT NULL,
	"qualification_id" integer NOT NULL,
	"issued_on" date NOT NULL,
	"valid_until" date,
	"status" "certificate_status" DEFAULT 'valid' NOT NULL,
	"public" boolean DEFAULT false NOT NULL,
	"application_id" uuid,
	"protocol_id" uuid,
	"replaced_by_id" uuid,
	"sealed_at" timestamp with time zone,
	CONSTRAINT "certificates_number_unique" UNIQUE("number"),
	CONSTRAINT "certificates_validity" CHECK ("certificates"."valid_until" is null or "certificates"."valid_until" > "certificates"."issued_on")
);
--> statement-breakpoint
CREATE TABLE "notices" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"certificate_id" uuid NOT NULL,
	"kind" "notice_kind" NOT NULL,
	"text_et" text NOT NULL,
	"text_en" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"read_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "owner_request_messages" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"request_id" uuid NOT NULL,
	"author_id" uuid NOT NULL,
	"body" text NOT NULL,
	"sent_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "owner_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"certificate_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"kind" "owner_request_kind" NOT NULL,
	"state" "owner_request_state" DEFAULT 'open' NOT NULL,
	"delivery_option_id" integer,
	"question" text,
	"created_at" timestamp with time zone NOT NULL,
	"closed_at" timestamp with time zone,
	CONSTRAINT "owner_requests_question" CHECK ("owner_requests"."kind" <> 'information' or "owner_requests"."question" is not null)
);
--> statement-breakpoint
CREATE TABLE "exam_sessions" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "exam_sessions_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"body_id" integer NOT NULL,
	"qualification_id" integer NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"place" text NOT NULL,
	"capacity" integer NOT NULL,
	"registration_deadline" timestamp with time zone NOT NULL,
	"demo_values" boolean DEFAULT false NOT NULL,
	CONSTRAINT "exam_sessions_capacity" CHECK ("exam_sessions"."capacity" > 0),
	CONSTRAINT "exam_sessions_deadline" CHECK ("exam_sessions"."registration_deadline" <= "exam_sessions"."starts_at")
);
--> statement-breakpoint
CREATE TABLE "persons" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"subject" text NOT NULL,
	"personal_code" text,
	"given_name" text NOT NULL,
	"family_name" text NOT NULL,
	"date_of_birth" date,
	"email" text,
	"phone" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "persons_subject_unique" UNIQUE("subject")
);
--> statement-breakpoint
CREATE TABLE "protocol_decisions" (
	"protocol_id" uuid NOT NULL,
	"application_id" uuid NOT NULL,
	"decision" "decision" NOT NULL,
	"justification" text,
	CONSTRAINT "protocol_decisions_protocol_id_application_id_pk" PRIMARY KEY("protocol_id","application_id"),
	CONSTRAINT "protocol_decisions_applicationId_unique" UNIQUE("application_id")
);
--> statement-breakpoint
CREATE TABLE "protocol_signatures" (
	"protocol_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"signed_at" timestamp with time zone NOT NULL,
	CONSTRAINT "protocol_signatures_protocol_id_person_id_pk" PRIMARY KEY("protocol_id","person_id")
);
--> statement-breakpoint
CREATE TABLE "protocols" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"body_id" integer NOT NULL,
	"number" text NOT NULL,
	"meeting_date" date NOT NULL,
	"state" "protocol_state" DEFAULT 'draft' NOT NULL,
	"signed_at" timestamp with time zone,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "protocols_body_number" UNIQUE("body_id","number"),
	CONSTRAINT "protocols_signed" CHECK (("protocols"."state" = 'signed') = ("protocols"."signed_at" is not null))
);
--> statement-breakpoint
CREATE TABLE "assessment_results" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "assessment_results_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"application_id" uuid NOT NULL,
	"component_id" integer NOT NULL,
	"outcome" "result_outcome" NOT NULL,
	"score" numeric(5, 2),
	"assessor_id" uuid NOT NULL,
	"entered_at" timestamp with time zone NOT NULL,
	CONSTRAINT "assessment_results_component" UNIQUE("application_id","component_id")
);
--> statement-breakpoint
ALTER TABLE "application_transitions" ADD CONSTRAINT "application_transitions_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "application_transitions" ADD CONSTRAINT "application_transitions_actor_id_persons_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "applications" ADD CONSTRAINT "applications_body_id_awarding_bodies_id_fk" FOREIGN KEY ("body_id") REFERENCES "public"."awarding_bodies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "applications" ADD CONSTRAINT "applications_application_kind_id_application_kinds_id_fk" FOREIGN KEY ("application_kind_id") REFERENCES "public"."application_kinds"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "applications" ADD CONSTRAINT "applications_applicant_id_persons_id_fk" FOREIGN KEY ("applicant_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "applications" ADD CONSTRAINT "applications_submitted_by_id_persons_id_fk" FOREIGN KEY ("submitted_by_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "applications" ADD CONSTRAINT "applications_mandate_id_mandates_id_fk" FOREIGN KEY ("mandate_id") REFERENCES "public"."mandates"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "applications" ADD CONSTRAINT "applications_exam_session_id_exam_sessions_id_fk" FOREIGN KEY ("exam_session_id") REFERENCES "public"."exam_sessions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "applications" ADD CONSTRAINT "applications_renews_certificate_id_certificates_id_fk" FOREIGN KEY ("renews_certificate_id") REFERENCES "public"."certificates"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "applications" ADD CONSTRAINT "applications_delivery_option_id_delivery_options_id_fk" FOREIGN KEY ("delivery_option_id") REFERENCES "public"."delivery_options"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "documents" ADD CONSTRAINT "documents_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "documents" ADD CONSTRAINT "documents_document_type_id_document_types_id_fk" FOREIGN KEY ("document_type_id") REFERENCES "public"."document_types"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "documents" ADD CONSTRAINT "documents_uploaded_by_id_persons_id_fk" FOREIGN KEY ("uploaded_by_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "message_attachments" ADD CONSTRAINT "message_attachments_message_id_messages_id_fk" FOREIGN KEY ("message_id") REFERENCES "public"."messages"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "message_attachments" ADD CONSTRAINT "message_attachments_document_id_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."documents"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "messages" ADD CONSTRAINT "messages_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "messages" ADD CONSTRAINT "messages_author_id_persons_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payments" ADD CONSTRAINT "payments_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payments" ADD CONSTRAINT "payments_fee_item_id_fee_items_id_fk" FOREIGN KEY ("fee_item_id") REFERENCES "public"."fee_items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payments" ADD CONSTRAINT "payments_proof_document_id_documents_id_fk" FOREIGN KEY ("proof_document_id") REFERENCES "public"."documents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audit_events" ADD CONSTRAINT "audit_events_actor_id_persons_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audit_events" ADD CONSTRAINT "audit_events_body_id_awarding_bodies_id_fk" FOREIGN KEY ("body_id") REFERENCES "public"."awarding_bodies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audit_events" ADD CONSTRAINT "audit_events_subject_id_persons_id_fk" FOREIGN KEY ("subject_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "body_origins" ADD CONSTRAINT "body_origins_body_id_awarding_bodies_id_fk" FOREIGN KEY ("body_id") REFERENCES "public"."awarding_bodies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "body_staff" ADD CONSTRAINT "body_staff_body_id_awarding_bodies_id_fk" FOREIGN KEY ("body_id") REFERENCES "public"."awarding_bodies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "body_staff" ADD CONSTRAINT "body_staff_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "committee_members" ADD CONSTRAINT "committee_members_body_id_awarding_bodies_id_fk" FOREIGN KEY ("body_id") REFERENCES "public"."awarding_bodies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "committee_members" ADD CONSTRAINT "committee_members_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mandates" ADD CONSTRAINT "mandates_body_id_awarding_bodies_id_fk" FOREIGN KEY ("body_id") REFERENCES "public"."awarding_bodies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mandates" ADD CONSTRAINT "mandates_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "application_kinds" ADD CONSTRAINT "application_kinds_qualification_id_qualifications_id_fk" FOREIGN KEY ("qualification_id") REFERENCES "public"."qualifications"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_components" ADD CONSTRAINT "assessment_components_application_kind_id_application_kinds_id_fk" FOREIGN KEY ("application_kind_id") REFERENCES "public"."application_kinds"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "delivery_options" ADD CONSTRAINT "delivery_options_body_id_awarding_bodies_id_fk" FOREIGN KEY ("body_id") REFERENCES "public"."awarding_bodies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "document_types" ADD CONSTRAINT "document_types_body_id_awarding_bodies_id_fk" FOREIGN KEY ("body_id") REFERENCES "public"."awarding_bodies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fee_items" ADD CONSTRAINT "fee_items_application_kind_id_application_kinds_id_fk" FOREIGN KEY ("application_kind_id") REFERENCES "public"."application_kinds"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kind_documents" ADD CONSTRAINT "kind_documents_application_kind_id_application_kinds_id_fk" FOREIGN KEY ("application_kind_id") REFERENCES "public"."application_kinds"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kind_documents" ADD CONSTRAINT "kind_documents_document_type_id_document_types_id_fk" FOREIGN KEY ("document_type_id") REFERENCES "public"."document_types"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mandate_qualifications" ADD CONSTRAINT "mandate_qualifications_mandate_id_mandates_id_fk" FOREIGN KEY ("mandate_id") REFERENCES "public"."mandates"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mandate_qualifications" ADD CONSTRAINT "mandate_qualifications_qualification_id_qualifications_id_fk" FOREIGN KEY ("qualification_id") REFERENCES "public"."qualifications"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "prerequisites" ADD CONSTRAINT "prerequisites_application_kind_id_application_kinds_id_fk" FOREIGN KEY ("application_kind_id") REFERENCES "public"."application_kinds"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "qualifications" ADD CONSTRAINT "qualifications_body_id_awarding_bodies_id_fk" FOREIGN KEY ("body_id") REFERENCES "public"."awarding_bodies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "certificates" ADD CONSTRAINT "certificates_holder_id_persons_id_fk" FOREIGN KEY ("holder_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "certificates" ADD CONSTRAINT "certificates_body_id_awarding_bodies_id_fk" FOREIGN KEY ("body_id") REFERENCES "public"."awarding_bodies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "certificates" ADD CONSTRAINT "certificates_qualification_id_qualifications_id_fk" FOREIGN KEY ("qualification_id") REFERENCES "public"."qualifications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "certificates" ADD CONSTRAINT "certificates_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "certificates" ADD CONSTRAINT "certificates_protocol_id_protocols_id_fk" FOREIGN KEY ("protocol_id") REFERENCES "public"."protocols"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notices" ADD CONSTRAINT "notices_certificate_id_certificates_id_fk" FOREIGN KEY ("certificate_id") REFERENCES "public"."certificates"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "owner_request_messages" ADD CONSTRAINT "owner_request_messages_request_id_owner_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."owner_requests"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "owner_request_messages" ADD CONSTRAINT "owner_request_messages_author_id_persons_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "owner_requests" ADD CONSTRAINT "owner_requests_certificate_id_certificates_id_fk" FOREIGN KEY ("certificate_id") REFERENCES "public"."certificates"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "owner_requests" ADD CONSTRAINT "owner_requests_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "owner_requests" ADD CONSTRAINT "owner_requests_delivery_option_id_delivery_options_id_fk" FOREIGN KEY ("delivery_option_id") REFERENCES "public"."delivery_options"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exam_sessions" ADD CONSTRAINT "exam_sessions_body_id_awarding_bodies_id_fk" FOREIGN KEY ("body_id") REFERENCES "public"."awarding_bodies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exam_sessions" ADD CONSTRAINT "exam_sessions_qualification_id_qualifications_id_fk" FOREIGN KEY ("qualification_id") REFERENCES "public"."qualifications"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "protocol_decisions" ADD CONSTRAINT "protocol_decisions_protocol_id_protocols_id_fk" FOREIGN KEY ("protocol_id") REFERENCES "public"."protocols"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "protocol_decisions" ADD CONSTRAINT "protocol_decisions_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "protocol_signatures" ADD CONSTRAINT "protocol_signatures_protocol_id_protocols_id_fk" FOREIGN KEY ("protocol_id") REFERENCES "public"."protocols"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "protocol_signatures" ADD CONSTRAINT "protocol_signatures_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "protocols" ADD CONSTRAINT "protocols_body_id_awarding_bodies_id_fk" FOREIGN KEY ("body_id") REFERENCES "public"."awarding_bodies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_results" ADD CONSTRAINT "assessment_results_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_results" ADD CONSTRAINT "assessment_results_component_id_assessment_components_id_fk" FOREIGN KEY ("component_id") REFERENCES "public"."assessment_components"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_results" ADD CONSTRAINT "assessment_results_assessor_id_persons_id_fk" FOREIGN KEY ("assessor_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "application_transitions_application" ON "application_transitions" USING btree ("application_id","at");--> statement-breakpoint
CREATE INDEX "applications_body_state" ON "applications" USING btree ("body_id","state");--> statement-breakpoint
CREATE INDEX "applications_applicant" ON "applications" USING btree ("applicant_id");--> statement-breakpoint
CREATE INDEX "applications_exam_session" ON "applications" USING btree ("exam_session_id");--> statement-breakpoint
CREATE INDEX "documents_application" ON "documents" USING btree ("application_id");--> statement-breakpoint
CREATE INDEX "messages_application" ON "messages" USING btree ("application_id","sent_at");--> statement-breakpoint
CREATE INDEX "audit_events_subject" ON "audit_events" USING btree ("subject_id","at");--> statement-breakpoint
CREATE INDEX "certificates_holder" ON "certificates" USING btree ("holder_id");--> statement-breakpoint
CREATE INDEX "notices_certificate" ON "notices" USING btree ("certificate_id");--> statement-breakpoint
CREATE INDEX "owner_requests_certificate" ON "owner_requests" USING btree ("certificate_id");--> statement-breakpoint
CREATE INDEX "exam_sessions_qualification_starts" ON "exam_sessions" USING btree ("qualification_id","starts_at");