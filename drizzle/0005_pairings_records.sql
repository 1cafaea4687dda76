CREATE TABLE "pairings" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "pairings_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"scheme_id" integer NOT NULL,
	"person_id" integer NOT NULL,
	"target_unit_id" integer,
	"target_party_org_id" integer,
	"scope_unit_id" integer NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date,
	"note" text,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "pairings_one_target" CHECK (("pairings"."target_unit_id" is null) <> ("pairings"."target_party_org_id" is null)),
	CONSTRAINT "pairings_dates" CHECK ("pairings"."ends_on" is null or "pairings"."ends_on" >= "pairings"."starts_on")
);
--> statement-breakpoint
CREATE TABLE "rules" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "rules_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"code" text NOT NULL,
	"name" text NOT NULL,
	"scheme_id" integer,
	"party_org_kind" text,
	"subject" text NOT NULL,
	"action_kind" text NOT NULL,
	"period" text NOT NULL,
	"min_count" integer NOT NULL,
	"on_site_only" boolean DEFAULT false NOT NULL,
	"require_standard_items" boolean DEFAULT false NOT NULL,
	"effective_from" date NOT NULL,
	"effective_to" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "rules_code_from_unique" UNIQUE("code","effective_from"),
	CONSTRAINT "rules_applies_to_one" CHECK (("rules"."scheme_id" is null) <> ("rules"."party_org_kind" is null)),
	CONSTRAINT "rules_min_count" CHECK ("rules"."min_count" >= 1)
);
--> statement-breakpoint
CREATE TABLE "schemes" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "schemes_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"code" text NOT NULL,
	"name" text NOT NULL,
	"description" text,
	"target_type" text NOT NULL,
	"target_kinds" text[] NOT NULL,
	"blank_outlets_only" boolean DEFAULT false NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "schemes_code_unique" UNIQUE("code")
);
--> statement-breakpoint
CREATE TABLE "record_attachments" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "record_attachments_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"record_id" bigint NOT NULL,
	"storage_key" text NOT NULL,
	"file_name" text NOT NULL,
	"mime_type" text NOT NULL,
	"size_bytes" integer NOT NULL,
	"created_by" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "record_attachments_storage_key_unique" UNIQUE("storage_key")
);
--> statement-breakpoint
CREATE TABLE "record_attendees" (
	"record_id" bigint NOT NULL,
	"person_id" integer NOT NULL,
	"present" boolean DEFAULT true NOT NULL,
	"absence_reason" text,
	CONSTRAINT "record_attendees_record_id_person_id_pk" PRIMARY KEY("record_id","person_id")
);
--> statement-breakpoint
CREATE TABLE "records" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "records_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"kind" text NOT NULL,
	"occurred_at" timestamp with time zone NOT NULL,
	"unit_id" integer NOT NULL,
	"party_org_id" integer,
	"pairing_id" integer,
	"mode" text NOT NULL,
	"presenter_id" integer,
	"title" text NOT NULL,
	"content" text,
	"outcomes" text,
	"standard_items" jsonb,
	"present_count" integer DEFAULT 0 NOT NULL,
	"author_account_id" integer NOT NULL,
	"author_person_id" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
ALTER TABLE "accounts" ADD COLUMN "person_id" integer;--> statement-breakpoint
ALTER TABLE "pairings" ADD CONSTRAINT "pairings_scheme_id_schemes_id_fk" FOREIGN KEY ("scheme_id") REFERENCES "public"."schemes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pairings" ADD CONSTRAINT "pairings_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pairings" ADD CONSTRAINT "pairings_target_unit_id_units_id_fk" FOREIGN KEY ("target_unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pairings" ADD CONSTRAINT "pairings_target_party_org_id_party_orgs_id_fk" FOREIGN KEY ("target_party_org_id") REFERENCES "public"."party_orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pairings" ADD CONSTRAINT "pairings_scope_unit_id_units_id_fk" FOREIGN KEY ("scope_unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rules" ADD CONSTRAINT "rules_scheme_id_schemes_id_fk" FOREIGN KEY ("scheme_id") REFERENCES "public"."schemes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "record_attachments" ADD CONSTRAINT "record_attachments_record_id_records_id_fk" FOREIGN KEY ("record_id") REFERENCES "public"."records"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "record_attendees" ADD CONSTRAINT "record_attendees_record_id_records_id_fk" FOREIGN KEY ("record_id") REFERENCES "public"."records"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "record_attendees" ADD CONSTRAINT "record_attendees_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "records" ADD CONSTRAINT "records_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "records" ADD CONSTRAINT "records_party_org_id_party_orgs_id_fk" FOREIGN KEY ("party_org_id") REFERENCES "public"."party_orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "records" ADD CONSTRAINT "records_pairing_id_pairings_id_fk" FOREIGN KEY ("pairing_id") REFERENCES "public"."pairings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "records" ADD CONSTRAINT "records_presenter_id_people_id_fk" FOREIGN KEY ("presenter_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "pairings_scheme_scope_idx" ON "pairings" USING btree ("scheme_id","scope_unit_id");--> statement-breakpoint
CREATE INDEX "pairings_person_idx" ON "pairings" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "pairings_target_unit_idx" ON "pairings" USING btree ("target_unit_id");--> statement-breakpoint
CREATE INDEX "pairings_target_org_idx" ON "pairings" USING btree ("target_party_org_id");--> statement-breakpoint
CREATE INDEX "rules_scheme_idx" ON "rules" USING btree ("scheme_id");--> statement-breakpoint
CREATE INDEX "record_attachments_record_idx" ON "record_attachments" USING btree ("record_id");--> statement-breakpoint
CREATE INDEX "record_attendees_person_idx" ON "record_attendees" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "records_pairing_idx" ON "records" USING btree ("pairing_id","occurred_at");--> statement-breakpoint
CREATE INDEX "records_party_org_idx" ON "records" USING btree ("party_org_id","occurred_at");--> statement-breakpoint
CREATE INDEX "records_unit_idx" ON "records" USING btree ("unit_id","occurred_at");--> statement-breakpoint
CREATE INDEX "records_occurred_idx" ON "records" USING btree ("occurred_at");--> statement-breakpoint
CREATE INDEX "records_author_idx" ON "records" USING btree ("author_account_id","occurred_at");--> statement-breakpoint
ALTER TABLE "accounts" ADD CONSTRAINT "accounts_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "accounts" ADD CONSTRAINT "accounts_person_id_unique" UNIQUE("person_id");