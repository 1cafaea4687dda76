CREATE TABLE "admonitions" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "admonitions_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"kind" text NOT NULL,
	"department_unit_id" integer,
	"person_id" integer,
	"unit_id" integer NOT NULL,
	"occurred_on" date NOT NULL,
	"reason" text NOT NULL,
	"concern_id" bigint,
	"recorded_by" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "committee_meeting_items" (
	"meeting_id" integer NOT NULL,
	"concern_id" bigint NOT NULL,
	"decision" text NOT NULL,
	"owner_department_id" integer NOT NULL,
	"owner_note" text,
	CONSTRAINT "committee_meeting_items_key" UNIQUE("meeting_id","concern_id")
);
--> statement-breakpoint
CREATE TABLE "committee_meetings" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "committee_meetings_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"unit_id" integer NOT NULL,
	"held_on" date NOT NULL,
	"title" text NOT NULL,
	"attendees" text,
	"created_by" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "concern_attachments" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "concern_attachments_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"concern_id" bigint NOT NULL,
	"storage_key" text NOT NULL,
	"file_name" text NOT NULL,
	"mime_type" text NOT NULL,
	"size_bytes" integer NOT NULL,
	"created_by" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "concern_attachments_storage_key_unique" UNIQUE("storage_key")
);
--> statement-breakpoint
CREATE TABLE "concern_categories" (
	"code" text PRIMARY KEY NOT NULL,
	"name_zh" text NOT NULL,
	"name_en" text NOT NULL,
	"sla_days" integer DEFAULT 30 NOT NULL,
	"sla_day_kind" text DEFAULT 'calendar' NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"sort_order" integer DEFAULT 0 NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "concern_events" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "concern_events_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"concern_id" bigint NOT NULL,
	"kind" text NOT NULL,
	"from_state" text,
	"to_state" text NOT NULL,
	"from_tier" smallint,
	"to_tier" smallint NOT NULL,
	"actor_account_id" integer NOT NULL,
	"actor_name" text NOT NULL,
	"reason" text,
	"note" text,
	"department_unit_id" integer,
	"handler_account_id" integer,
	"satisfaction" smallint,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "concern_routes" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "concern_routes_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"unit_id" integer NOT NULL,
	"category" text NOT NULL,
	"department_unit_id" integer NOT NULL,
	CONSTRAINT "concern_routes_unit_category_key" UNIQUE("unit_id","category")
);
--> statement-breakpoint
CREATE TABLE "concerns" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "concerns_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"kind" text NOT NULL,
	"category" text NOT NULL,
	"title" text NOT NULL,
	"description" text NOT NULL,
	"unit_id" integer NOT NULL,
	"record_id" bigint,
	"raised_by_account_id" integer NOT NULL,
	"raised_by_person_id" integer,
	"anonymous" boolean DEFAULT false NOT NULL,
	"counselor_person_id" integer,
	"tier" smallint DEFAULT 1 NOT NULL,
	"state" text DEFAULT 'submitted' NOT NULL,
	"department_unit_id" integer,
	"route_override_reason" text,
	"handler_account_id" integer,
	"due_on" date,
	"raised_at" timestamp with time zone DEFAULT now() NOT NULL,
	"resolved_at" timestamp with time zone,
	"resolution" text,
	"closed_at" timestamp with time zone,
	"satisfaction" smallint,
	"satisfaction_comment" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "exemplars" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "exemplars_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"subject" text NOT NULL,
	"concern_id" bigint,
	"person_id" integer,
	"unit_id" integer NOT NULL,
	"title" text NOT NULL,
	"write_up" text NOT NULL,
	"marked_by" integer NOT NULL,
	"marked_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "working_calendar" (
	"day" date PRIMARY KEY NOT NULL,
	"working" boolean NOT NULL,
	"note" text
);
--> statement-breakpoint
ALTER TABLE "admonitions" ADD CONSTRAINT "admonitions_department_unit_id_units_id_fk" FOREIGN KEY ("department_unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "admonitions" ADD CONSTRAINT "admonitions_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "admonitions" ADD CONSTRAINT "admonitions_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "admonitions" ADD CONSTRAINT "admonitions_concern_id_concerns_id_fk" FOREIGN KEY ("concern_id") REFERENCES "public"."concerns"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "admonitions" ADD CONSTRAINT "admonitions_recorded_by_accounts_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "committee_meeting_items" ADD CONSTRAINT "committee_meeting_items_meeting_id_committee_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."committee_meetings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "committee_meeting_items" ADD CONSTRAINT "committee_meeting_items_concern_id_concerns_id_fk" FOREIGN KEY ("concern_id") REFERENCES "public"."concerns"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "committee_meeting_items" ADD CONSTRAINT "committee_meeting_items_owner_department_id_units_id_fk" FOREIGN KEY ("owner_department_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "committee_meetings" ADD CONSTRAINT "committee_meetings_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "committee_meetings" ADD CONSTRAINT "committee_meetings_created_by_accounts_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "concern_attachments" ADD CONSTRAINT "concern_attachments_concern_id_concerns_id_fk" FOREIGN KEY ("concern_id") REFERENCES "public"."concerns"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "concern_events" ADD CONSTRAINT "concern_events_concern_id_concerns_id_fk" FOREIGN KEY ("concern_id") REFERENCES "public"."concerns"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "concern_events" ADD CONSTRAINT "concern_events_actor_account_id_accounts_id_fk" FOREIGN KEY ("actor_account_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "concern_events" ADD CONSTRAINT "concern_events_department_unit_id_units_id_fk" FOREIGN KEY ("department_unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "concern_events" ADD CONSTRAINT "concern_events_handler_account_id_accounts_id_fk" FOREIGN KEY ("handler_account_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "concern_routes" ADD CONSTRAINT "concern_routes_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "concern_routes" ADD CONSTRAINT "concern_routes_category_concern_categories_code_fk" FOREIGN KEY ("category") REFERENCES "public"."concern_categories"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "concern_routes" ADD CONSTRAINT "concern_routes_department_unit_id_units_id_fk" FOREIGN KEY ("department_unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "concerns" ADD CONSTRAINT "concerns_category_concern_categories_code_fk" FOREIGN KEY ("category") REFERENCES "public"."concern_categories"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "concerns" ADD CONSTRAINT "concerns_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "concerns" ADD CONSTRAINT "concerns_record_id_records_id_fk" FOREIGN KEY ("record_id") REFERENCES "public"."records"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "concerns" ADD CONSTRAINT "concerns_raised_by_account_id_accounts_id_fk" FOREIGN KEY ("raised_by_account_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "concerns" ADD CONSTRAINT "concerns_raised_by_person_id_people_id_fk" FOREIGN KEY ("raised_by_person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "concerns" ADD CONSTRAINT "concerns_counselor_person_id_people_id_fk" FOREIGN KEY ("counselor_person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "concerns" ADD CONSTRAINT "concerns_department_unit_id_units_id_fk" FOREIGN KEY ("department_unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "concerns" ADD CONSTRAINT "concerns_handler_account_id_accounts_id_fk" FOREIGN KEY ("handler_account_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exemplars" ADD CONSTRAINT "exemplars_concern_id_concerns_id_fk" FOREIGN KEY ("concern_id") REFERENCES "public"."concerns"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exemplars" ADD CONSTRAINT "exemplars_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exemplars" ADD CONSTRAINT "exemplars_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exemplars" ADD CONSTRAINT "exemplars_marked_by_accounts_id_fk" FOREIGN KEY ("marked_by") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "admonitions_unit_idx" ON "admonitions" USING btree ("unit_id","occurred_on");--> statement-breakpoint
CREATE INDEX "committee_meeting_items_concern_idx" ON "committee_meeting_items" USING btree ("concern_id");--> statement-breakpoint
CREATE INDEX "committee_meetings_unit_idx" ON "committee_meetings" USING btree ("unit_id","held_on");--> statement-breakpoint
CREATE INDEX "concern_attachments_concern_idx" ON "concern_attachments" USING btree ("concern_id");--> statement-breakpoint
CREATE INDEX "concern_events_concern_idx" ON "concern_events" USING btree ("concern_id","at");--> statement-breakpoint
CREATE INDEX "concerns_unit_raised_idx" ON "concerns" USING btree ("unit_id","raised_at");--> statement-breakpoint
CREATE INDEX "concerns_raised_idx" ON "concerns" USING btree ("raised_at");--> statement-breakpoint
CREATE INDEX "concerns_department_open_idx" ON "concerns" USING btree ("department_unit_id","state") WHERE state not in ('closed', 'rejected', 'resolved');--> statement-breakpoint
CREATE INDEX "concerns_counselor_idx" ON "concerns" USING btree ("counselor_person_id","raised_at");--> statement-breakpoint
CREATE INDEX "concerns_raiser_idx" ON "concerns" USING btree ("raised_by_account_id","raised_at");--> statement-breakpoint
CREATE INDEX "concerns_record_idx" ON "concerns" USING btree ("record_id");--> statement-breakpoint
CREATE INDEX "exemplars_unit_idx" ON "exemplars" USING btree ("unit_id");--> statement-breakpoint
-- Seed 000's concern categories as presets (30 calendar days each); admins rename, add and retire them.
INSERT INTO concern_categories (code, name_zh, name_en, sla_days, sla_day_kind, sort_order) VALUES
  ('business_development', '业务发展', 'Business development', 30, 'calendar', 10),
  ('staffing', '人员配置', 'Staffing', 30, 'calendar', 20),
  ('facilities', '设施设备', 'Facilities and equipment', 30, 'calendar', 30),
  ('staff_welfare', '员工关爱', 'Staff welfare', 30, 'calendar', 40),
  ('risk_compliance', '风险合规', 'Risk and compliance', 30, 'calendar', 50),
  ('party_building', '党的建设', 'Party building', 30, 'calendar', 60),
  ('other', '其他', 'Other', 30, 'calendar', 70);
