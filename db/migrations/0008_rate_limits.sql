CREATE TABLE "rate_limits" (
	"endpoint" text NOT NULL,
	"client" text NOT NULL,
	"window_start" timestamp with time zone NOT NULL,
	"count" integer NOT NULL,
	CONSTRAINT "rate_limits_endpoint_client_window_start_pk" PRIMARY KEY("endpoint","client","window_start")
);
