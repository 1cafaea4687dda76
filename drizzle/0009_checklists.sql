CREATE TABLE "checklist_accountabilities" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "checklist_accountabilities_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"assignment_id" integer NOT NULL,
	"person_id" integer,
	"kind" text NOT NULL,
	"reason" text NOT NULL,
	"evidence" text,
	"occurred_on" date NOT NULL,
	"recorded_by" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "checklist_appraisals" (
	"assignment_id" integer PRIMARY KEY NOT NULL,
	"excellent" integer NOT NULL,
	"good" integer NOT NULL,
	"fair" integer NOT NULL,
	"poor" integer NOT NULL,
	"entered_by" integer NOT NULL,
	"entered_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "checklist_areas" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "checklist_areas_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"template_id" integer NOT NULL,
	"ordinal" smallint NOT NULL,
	"title" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "checklist_assignments" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "checklist_assignments_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"template_id" integer NOT NULL,
	"unit_id" integer NOT NULL,
	"supervisor_person_id" integer,
	"counselor_person_id" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "checklist_assignments_template_unit_key" UNIQUE("template_id","unit_id")
);
--> statement-breakpoint
CREATE TABLE "checklist_entries" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "checklist_entries_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"assignment_id" integer NOT NULL,
	"item_id" integer NOT NULL,
	"completed_on" date NOT NULL,
	"evidence" text NOT NULL,
	"quantity" numeric(10, 2),
	"record_id" bigint,
	"registered_by" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "checklist_entry_attachments" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "checklist_entry_attachments_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"entry_id" bigint NOT NULL,
	"storage_key" text NOT NULL,
	"file_name" text NOT NULL,
	"mime_type" text NOT NULL,
	"size_bytes" integer NOT NULL,
	"created_by" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "checklist_entry_attachments_storage_key_unique" UNIQUE("storage_key")
);
--> statement-breakpoint
CREATE TABLE "checklist_findings" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "checklist_findings_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"inspection_id" integer NOT NULL,
	"item_id" integer NOT NULL,
	"finding" text NOT NULL,
	"note" text,
	"rectify_owner_person_id" integer,
	"rectify_due" date,
	"rectified_on" date,
	"rectified_note" text,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "checklist_findings_inspection_item_key" UNIQUE("inspection_id","item_id")
);
--> statement-breakpoint
CREATE TABLE "checklist_inspections" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "checklist_inspections_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"assignment_id" integer NOT NULL,
	"quarter" smallint NOT NULL,
	"inspected_on" date NOT NULL,
	"inspectors" text NOT NULL,
	"note" text,
	"created_by" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "checklist_inspections_assignment_quarter_key" UNIQUE("assignment_id","quarter")
);
--> statement-breakpoint
CREATE TABLE "checklist_items" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "checklist_items_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"template_id" integer NOT NULL,
	"area_id" integer NOT NULL,
	"ordinal" smallint NOT NULL,
	"title" text NOT NULL,
	"responsible_role" text NOT NULL,
	"assessment_content" text,
	"deadline" date,
	"cadence" text,
	"weight" numeric(6, 2) NOT NULL,
	"target_value" numeric(10, 2),
	"target_unit" text,
	"measure" text DEFAULT 'manual' NOT NULL,
	"measure_kind" text
);
--> statement-breakpoint
CREATE TABLE "checklist_monthly_reports" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "checklist_monthly_reports_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"assignment_id" integer NOT NULL,
	"month" text NOT NULL,
	"party_work" text NOT NULL,
	"key_business" text,
	"problems" text,
	"next_plan" text,
	"submitted_by" integer NOT NULL,
	"submitted_at" timestamp with time zone DEFAULT now() NOT NULL,
	"comment" text,
	"commented_by" integer,
	"commented_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "checklist_monthly_reports_assignment_month_key" UNIQUE("assignment_id","month")
);
--> statement-breakpoint
CREATE TABLE "checklist_templates" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "checklist_templates_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"unit_id" integer NOT NULL,
	"year" smallint NOT NULL,
	"name" text NOT NULL,
	"partial_credit_pct" smallint DEFAULT 50 NOT NULL,
	"checklist_weight_pct" smallint DEFAULT 60 NOT NULL,
	"appraisal_weight_pct" smallint DEFAULT 20 NOT NULL,
	"duty_report_weight_pct" smallint DEFAULT 20 NOT NULL,
	"copied_from_id" integer,
	"created_by" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "checklist_templates_unit_year_name_key" UNIQUE("unit_id","year","name")
);
--> statement-breakpoint
CREATE TABLE "duty_report_reviews" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "duty_report_reviews_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"duty_report_id" integer NOT NULL,
	"reviewer_account_id" integer NOT NULL,
	"score" smallint NOT NULL,
	"comment" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "duty_report_reviews_report_reviewer_key" UNIQUE("duty_report_id","reviewer_account_id")
);
--> statement-breakpoint
CREATE TABLE "duty_reports" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "duty_reports_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"kind" text NOT NULL,
	"year" smallint NOT NULL,
	"unit_id" integer NOT NULL,
	"assignment_id" integer,
	"party_org_id" integer,
	"reporter_person_id" integer,
	"title" text NOT NULL,
	"content" text NOT NULL,
	"submitted_by" integer NOT NULL,
	"submitted_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
ALTER TABLE "checklist_accountabilities" ADD CONSTRAINT "checklist_accountabilities_assignment_id_checklist_assignments_id_fk" FOREIGN KEY ("assignment_id") REFERENCES "public"."checklist_assignments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "checklist_accountabilities" ADD CONSTRAINT "checklist_accountabilities_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "checklist_accountabilities" ADD CONSTRAINT "checklist_accountabilities_recorded_by_accounts_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "checklist_appraisals" ADD CONSTRAINT "checklist_appraisals_assignment_id_checklist_assignments_id_fk" FOREIGN KEY ("assignment_id") REFERENCES "public"."checklist_assignments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "checklist_appraisals" ADD CONSTRAINT "checklist_appraisals_entered_by_accounts_id_fk" FOREIGN KEY ("entered_by") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "checklist_areas" ADD CONSTRAINT "checklist_areas_template_id_checklist_templates_id_fk" FOREIGN KEY ("template_id") REFERENCES "public"."checklist_templates"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "checklist_assignments" ADD CONSTRAINT "checklist_assignments_template_id_checklist_templates_id_fk" FOREIGN KEY ("template_id") REFERENCES "public"."checklist_templates"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "checklist_assignments" ADD CONSTRAINT "checklist_assignments_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "checklist_assignments" ADD CONSTRAINT "checklist_assignments_supervisor_person_id_people_id_fk" FOREIGN KEY ("supervisor_person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "checklist_assignments" ADD CONSTRAINT "checklist_assignments_counselor_person_id_people_id_fk" FOREIGN KEY ("counselor_person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "checklist_entries" ADD CONSTRAINT "checklist_entries_assignment_id_checklist_assignments_id_fk" FOREIGN KEY ("assignment_id") REFERENCES "public"."checklist_assignments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "checklist_entries" ADD CONSTRAINT "checklist_entries_item_id_checklist_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."checklist_items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "checklist_entries" ADD CONSTRAINT "checklist_entries_record_id_records_id_fk" FOREIGN KEY ("record_id") REFERENCES "public"."records"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "checklist_entries" ADD CONSTRAINT "checklist_entries_registered_by_accounts_id_fk" FOREIGN KEY ("registered_by") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "checklist_entry_attachments" ADD CONSTRAINT "checklist_entry_attachments_entry_id_checklist_entries_id_fk" FOREIGN KEY ("entry_id") REFERENCES "public"."checklist_entries"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "checklist_findings" ADD CONSTRAINT "checklist_findings_inspection_id_checklist_inspections_id_fk" FOREIGN KEY ("inspection_id") REFERENCES "public"."checklist_inspections"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "checklist_findings" ADD CONSTRAINT "checklist_findings_item_id_checklist_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."checklist_items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "checklist_findings" ADD CONSTRAINT "checklist_findings_rectify_owner_person_id_people_id_fk" FOREIGN KEY ("rectify_owner_person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "checklist_inspections" ADD CONSTRAINT "checklist_inspections_assignment_id_checklist_assignments_id_fk" FOREIGN KEY ("assignment_id") REFERENCES "public"."checklist_assignments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "checklist_inspections" ADD CONSTRAINT "checklist_inspections_created_by_accounts_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "checklist_items" ADD CONSTRAINT "checklist_items_template_id_checklist_templates_id_fk" FOREIGN KEY ("template_id") REFERENCES "public"."checklist_templates"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "checklist_items" ADD CONSTRAINT "checklist_items_area_id_checklist_areas_id_fk" FOREIGN KEY ("area_id") REFERENCES "public"."checklist_areas"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "checklist_monthly_reports" ADD CONSTRAINT "checklist_monthly_reports_assignment_id_checklist_assignments_id_fk" FOREIGN KEY ("assignment_id") REFERENCES "public"."checklist_assignments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "checklist_monthly_reports" ADD CONSTRAINT "checklist_monthly_reports_submitted_by_accounts_id_fk" FOREIGN KEY ("submitted_by") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "checklist_monthly_reports" ADD CONSTRAINT "checklist_monthly_reports_commented_by_accounts_id_fk" FOREIGN KEY ("commented_by") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "checklist_templates" ADD CONSTRAINT "checklist_templates_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "checklist_templates" ADD CONSTRAINT "checklist_templates_created_by_accounts_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "duty_report_reviews" ADD CONSTRAINT "duty_report_reviews_duty_report_id_duty_reports_id_fk" FOREIGN KEY ("duty_report_id") REFERENCES "public"."duty_reports"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "duty_report_reviews" ADD CONSTRAINT "duty_report_reviews_reviewer_account_id_accounts_id_fk" FOREIGN KEY ("reviewer_account_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "duty_reports" ADD CONSTRAINT "duty_reports_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "duty_reports" ADD CONSTRAINT "duty_reports_assignment_id_checklist_assignments_id_fk" FOREIGN KEY ("assignment_id") REFERENCES "public"."checklist_assignments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "duty_reports" ADD CONSTRAINT "duty_reports_party_org_id_party_orgs_id_fk" FOREIGN KEY ("party_org_id") REFERENCES "public"."party_orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "duty_reports" ADD CONSTRAINT "duty_reports_reporter_person_id_people_id_fk" FOREIGN KEY ("reporter_person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "duty_reports" ADD CONSTRAINT "duty_reports_submitted_by_accounts_id_fk" FOREIGN KEY ("submitted_by") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "checklist_accountabilities_assignment_idx" ON "checklist_accountabilities" USING btree ("assignment_id");--> statement-breakpoint
CREATE INDEX "checklist_areas_template_idx" ON "checklist_areas" USING btree ("template_id");--> statement-breakpoint
CREATE INDEX "checklist_assignments_unit_idx" ON "checklist_assignments" USING btree ("unit_id");--> statement-breakpoint
CREATE INDEX "checklist_entries_assignment_item_idx" ON "checklist_entries" USING btree ("assignment_id","item_id","completed_on");--> statement-breakpoint
CREATE INDEX "checklist_entry_attachments_entry_idx" ON "checklist_entry_attachments" USING btree ("entry_id");--> statement-breakpoint
CREATE INDEX "checklist_findings_open_idx" ON "checklist_findings" USING btree ("rectify_due") WHERE rectify_due is not null and rectified_on is null;--> statement-breakpoint
CREATE INDEX "checklist_items_template_idx" ON "checklist_items" USING btree ("template_id");--> statement-breakpoint
CREATE UNIQUE INDEX "duty_reports_assignment_key" ON "duty_reports" USING btree ("assignment_id") WHERE kind = 'section';--> statement-breakpoint
CREATE UNIQUE INDEX "duty_reports_party_org_year_key" ON "duty_reports" USING btree ("party_org_id","year") WHERE kind = 'secretary';--> statement-breakpoint
CREATE INDEX "duty_reports_unit_year_idx" ON "duty_reports" USING btree ("unit_id","year");