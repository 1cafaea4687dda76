CREATE TABLE "party_org_committee" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "party_org_committee_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"party_org_id" integer NOT NULL,
	"person_id" integer NOT NULL,
	"role" text NOT NULL,
	"started_on" date NOT NULL,
	"ended_on" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "party_orgs" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "party_orgs_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"code" text NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"unit_id" integer NOT NULL,
	"parent_id" integer,
	"term_start" date,
	"term_end" date,
	"founded_on" date,
	"dissolved_on" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "party_orgs_code_unique" UNIQUE("code")
);
--> statement-breakpoint
CREATE TABLE "people" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "people_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"employee_no" text NOT NULL,
	"name" text NOT NULL,
	"gender" text NOT NULL,
	"unit_id" integer NOT NULL,
	"unit_path" text NOT NULL,
	"position" text,
	"cadre_grade" text DEFAULT 'staff' NOT NULL,
	"employment_status" text DEFAULT 'active' NOT NULL,
	"hired_on" date,
	"left_on" date,
	"party_status" text DEFAULT 'none' NOT NULL,
	"joined_party_on" date,
	"full_member_on" date,
	"party_org_id" integer,
	"party_relation" text,
	"external_org_name" text,
	"phone_enc" text,
	"phone_masked" text,
	"id_number_enc" text,
	"id_number_masked" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "people_employee_no_unique" UNIQUE("employee_no")
);
--> statement-breakpoint
CREATE TABLE "person_transfers" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "person_transfers_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"person_id" integer NOT NULL,
	"kind" text NOT NULL,
	"from_id" integer,
	"to_id" integer,
	"effective_on" date NOT NULL,
	"note" text,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	"recorded_by" integer
);
--> statement-breakpoint
CREATE TABLE "unit_people_stats" (
	"unit_id" integer PRIMARY KEY NOT NULL,
	"staff" integer DEFAULT 0 NOT NULL,
	"members_full" integer DEFAULT 0 NOT NULL,
	"members_probationary" integer DEFAULT 0 NOT NULL,
	"members_external" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "unit_moves" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "unit_moves_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"unit_id" integer NOT NULL,
	"from_parent_id" integer,
	"to_parent_id" integer,
	"from_path" text NOT NULL,
	"to_path" text NOT NULL,
	"moved_at" timestamp with time zone DEFAULT now() NOT NULL,
	"moved_by" integer
);
--> statement-breakpoint
DROP INDEX "units_path_prefix_idx";--> statement-breakpoint
ALTER TABLE "units" ADD COLUMN "deactivated_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "party_org_committee" ADD CONSTRAINT "party_org_committee_party_org_id_party_orgs_id_fk" FOREIGN KEY ("party_org_id") REFERENCES "public"."party_orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "party_org_committee" ADD CONSTRAINT "party_org_committee_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "party_orgs" ADD CONSTRAINT "party_orgs_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "party_orgs" ADD CONSTRAINT "party_orgs_parent_id_party_orgs_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."party_orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "people" ADD CONSTRAINT "people_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "people" ADD CONSTRAINT "people_party_org_id_party_orgs_id_fk" FOREIGN KEY ("party_org_id") REFERENCES "public"."party_orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person_transfers" ADD CONSTRAINT "person_transfers_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "unit_people_stats" ADD CONSTRAINT "unit_people_stats_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "unit_moves" ADD CONSTRAINT "unit_moves_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "unit_moves" ADD CONSTRAINT "unit_moves_from_parent_id_units_id_fk" FOREIGN KEY ("from_parent_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "unit_moves" ADD CONSTRAINT "unit_moves_to_parent_id_units_id_fk" FOREIGN KEY ("to_parent_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "party_org_committee_org_idx" ON "party_org_committee" USING btree ("party_org_id","ended_on");--> statement-breakpoint
CREATE INDEX "party_org_committee_person_idx" ON "party_org_committee" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "party_orgs_unit_idx" ON "party_orgs" USING btree ("unit_id");--> statement-breakpoint
CREATE INDEX "party_orgs_parent_idx" ON "party_orgs" USING btree ("parent_id");--> statement-breakpoint
CREATE INDEX "people_unit_path_idx" ON "people" USING btree ("unit_path","employee_no");--> statement-breakpoint
CREATE INDEX "people_unit_idx" ON "people" USING btree ("unit_id");--> statement-breakpoint
CREATE INDEX "people_party_org_idx" ON "people" USING btree ("party_org_id");--> statement-breakpoint
CREATE INDEX "people_name_idx" ON "people" USING btree ("name");--> statement-breakpoint
CREATE INDEX "person_transfers_person_idx" ON "person_transfers" USING btree ("person_id","effective_on");--> statement-breakpoint
CREATE INDEX "unit_moves_unit_idx" ON "unit_moves" USING btree ("unit_id","moved_at");