CREATE TABLE "application_state_counts" (
	"body_id" integer NOT NULL,
	"state" "application_state" NOT NULL,
	"count" integer NOT NULL,
	CONSTRAINT "application_state_counts_body_id_state_pk" PRIMARY KEY("body_id","state"),
	CONSTRAINT "application_state_counts_count" CHECK ("application_state_counts"."count" >= 0)
);
--> statement-breakpoint
ALTER TABLE "application_state_counts" ADD CONSTRAINT "application_state_counts_body_id_awarding_bodies_id_fk" FOREIGN KEY ("body_id") REFERENCES "public"."awarding_bodies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
-- Adds d to a body's count of submitted applications in a state (a row per body and state).
CREATE FUNCTION "application_state_counts_add"(b integer, s "application_state", d integer) RETURNS void
LANGUAGE sql AS $$
  INSERT INTO "application_state_counts" ("body_id", "state", "count") VALUES (b, s, greatest(d, 0))
  ON CONFLICT ("body_id", "state") DO UPDATE SET "count" = "application_state_counts"."count" + d
$$;--> statement-breakpoint
-- Keeps the counts with every application: a draft (submitted_at null) is not counted. Two moves
-- touch their counters in (body, state) order, so two transactions never wait on each other crosswise.
CREATE FUNCTION "application_state_counts_follow"() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  gone boolean := TG_OP <> 'INSERT' AND OLD."submitted_at" IS NOT NULL;
  came boolean := TG_OP <> 'DELETE' AND NEW."submitted_at" IS NOT NULL;
BEGIN
  IF gone AND came THEN
    IF (OLD."body_id", OLD."state") = (NEW."body_id", NEW."state") THEN RETURN NULL; END IF;
    IF (NEW."body_id", NEW."state") < (OLD."body_id", OLD."state") THEN
      PERFORM "application_state_counts_add"(NEW."body_id", NEW."state", 1);
      PERFORM "application_state_counts_add"(OLD."body_id", OLD."state", -1);
      RETURN NULL;
    END IF;
  END IF;
  IF gone THEN PERFORM "application_state_counts_add"(OLD."body_id", OLD."state", -1); END IF;
  IF came THEN PERFORM "application_state_counts_add"(NEW."body_id", NEW."state", 1); END IF;
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER "applications_state_counts" AFTER INSERT OR DELETE OR UPDATE OF "body_id", "state", "submitted_at"
  ON "applications" FOR EACH ROW EXECUTE FUNCTION "application_state_counts_follow"();--> statement-breakpoint
INSERT INTO "application_state_counts" ("body_id", "state", "count")
  SELECT "body_id", "state", count(*) FROM "applications" WHERE "submitted_at" IS NOT NULL GROUP BY 1, 2;
