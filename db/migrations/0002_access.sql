CREATE TYPE "public"."login_purpose" AS ENUM('widget', 'console');--> statement-breakpoint
CREATE TABLE "login_attempts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"state_hash" text NOT NULL,
	"nonce" text NOT NULL,
	"code_verifier" text,
	"methods" text[] NOT NULL,
	"purpose" "login_purpose" NOT NULL,
	"body_id" integer,
	"origin" text,
	"handoff_hash" text,
	"return_to" text,
	"language" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"completed_at" timestamp with time zone,
	"session_id" uuid,
	"handed_over_at" timestamp with time zone,
	CONSTRAINT "login_attempts_stateHash_unique" UNIQUE("state_hash"),
	CONSTRAINT "login_attempts_handoffHash_unique" UNIQUE("handoff_hash")
);
--> statement-breakpoint
CREATE TABLE "registry_admins" (
	"person_id" uuid PRIMARY KEY NOT NULL,
	"granted_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sessions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" "login_purpose" NOT NULL,
	"person_id" uuid NOT NULL,
	"secret_hash" text,
	"csrf_token" text,
	"body_id" integer,
	"origin" text,
	"method" text NOT NULL,
	"assurance" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"last_seen_at" timestamp with time zone NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"ended_at" timestamp with time zone,
	CONSTRAINT "sessions_secretHash_unique" UNIQUE("secret_hash")
);
--> statement-breakpoint
CREATE TABLE "signing_keys" (
	"id" text PRIMARY KEY NOT NULL,
	"secret" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "login_attempts" ADD CONSTRAINT "login_attempts_body_id_awarding_bodies_id_fk" FOREIGN KEY ("body_id") REFERENCES "public"."awarding_bodies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "login_attempts" ADD CONSTRAINT "login_attempts_session_id_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."sessions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "registry_admins" ADD CONSTRAINT "registry_admins_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_body_id_awarding_bodies_id_fk" FOREIGN KEY ("body_id") REFERENCES "public"."awarding_bodies"("id") ON DELETE cascade ON UPDATE no action;