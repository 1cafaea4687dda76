CREATE TABLE "due_talks" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "due_talks_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"person_id" integer NOT NULL,
	"unit_id" integer NOT NULL,
	"reason" text NOT NULL,
	"source_type" text NOT NULL,
	"source_id" integer NOT NULL,
	"party_org_id" integer,
	"responsible_person_id" integer,
	"raised_on" date NOT NULL,
	"due_on" date NOT NULL,
	"talk_id" bigint,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "person_flags" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "person_flags_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"person_id" integer NOT NULL,
	"kind" text NOT NULL,
	"note" text NOT NULL,
	"raised_on" date NOT NULL,
	"raised_by" integer NOT NULL,
	"cleared_on" date,
	"cleared_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "talks" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "talks_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"unit_id" integer NOT NULL,
	"party_org_id" integer,
	"initiator_person_id" integer NOT NULL,
	"counterpart_person_id" integer NOT NULL,
	"occurred_on" date NOT NULL,
	"kind" text NOT NULL,
	"place" text,
	"summary_enc" text NOT NULL,
	"follow_up_enc" text,
	"due_talk_id" bigint,
	"recorded_by" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "online_course_hours" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "online_course_hours_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"person_id" integer NOT NULL,
	"platform" text NOT NULL,
	"course" text NOT NULL,
	"completed_on" date NOT NULL,
	"hours" numeric(5, 1) NOT NULL,
	"imported_by" integer NOT NULL,
	"imported_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "online_course_hours_key" UNIQUE("person_id","platform","course","completed_on")
);
--> statement-breakpoint
CREATE TABLE "training_enrolments" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "training_enrolments_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"session_id" integer NOT NULL,
	"person_id" integer NOT NULL,
	"status" text DEFAULT 'invited' NOT NULL,
	"absence_reason" text,
	"hours" numeric(5, 1),
	"source" text NOT NULL,
	"updated_by" integer NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "training_enrolments_session_person_key" UNIQUE("session_id","person_id")
);
--> statement-breakpoint
CREATE TABLE "training_materials" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "training_materials_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"session_id" integer NOT NULL,
	"storage_key" text NOT NULL,
	"file_name" text NOT NULL,
	"mime_type" text NOT NULL,
	"size_bytes" integer NOT NULL,
	"created_by" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "training_materials_storage_key_unique" UNIQUE("storage_key")
);
--> statement-breakpoint
CREATE TABLE "training_programs" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "training_programs_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"unit_id" integer NOT NULL,
	"year" smallint NOT NULL,
	"title" text NOT NULL,
	"organizer" text NOT NULL,
	"kind" text NOT NULL,
	"description" text,
	"created_by" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "training_programs_unit_year_title_key" UNIQUE("unit_id","year","title")
);
--> statement-breakpoint
CREATE TABLE "training_requirements" (
	"year" smallint PRIMARY KEY NOT NULL,
	"member_hours" numeric(5, 1) NOT NULL,
	"leader_hours" numeric(5, 1) NOT NULL,
	"centralized_per_year" smallint NOT NULL,
	"new_secretary_months" smallint NOT NULL,
	"updated_by" integer NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "training_sessions" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "training_sessions_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"program_id" integer,
	"unit_id" integer NOT NULL,
	"title" text NOT NULL,
	"method" text NOT NULL,
	"place_kind" text NOT NULL,
	"place_name" text,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"credit_hours" numeric(5, 1) NOT NULL,
	"centralized" boolean DEFAULT false NOT NULL,
	"audience" text NOT NULL,
	"audience_unit_id" integer NOT NULL,
	"description" text,
	"created_by" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
ALTER TABLE "due_talks" ADD CONSTRAINT "due_talks_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "due_talks" ADD CONSTRAINT "due_talks_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "due_talks" ADD CONSTRAINT "due_talks_party_org_id_party_orgs_id_fk" FOREIGN KEY ("party_org_id") REFERENCES "public"."party_orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "due_talks" ADD CONSTRAINT "due_talks_responsible_person_id_people_id_fk" FOREIGN KEY ("responsible_person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "due_talks" ADD CONSTRAINT "due_talks_talk_id_talks_id_fk" FOREIGN KEY ("talk_id") REFERENCES "public"."talks"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person_flags" ADD CONSTRAINT "person_flags_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person_flags" ADD CONSTRAINT "person_flags_raised_by_accounts_id_fk" FOREIGN KEY ("raised_by") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person_flags" ADD CONSTRAINT "person_flags_cleared_by_accounts_id_fk" FOREIGN KEY ("cleared_by") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "talks" ADD CONSTRAINT "talks_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "talks" ADD CONSTRAINT "talks_party_org_id_party_orgs_id_fk" FOREIGN KEY ("party_org_id") REFERENCES "public"."party_orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "talks" ADD CONSTRAINT "talks_initiator_person_id_people_id_fk" FOREIGN KEY ("initiator_person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "talks" ADD CONSTRAINT "talks_counterpart_person_id_people_id_fk" FOREIGN KEY ("counterpart_person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "talks" ADD CONSTRAINT "talks_due_talk_id_due_talks_id_fk" FOREIGN KEY ("due_talk_id") REFERENCES "public"."due_talks"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "talks" ADD CONSTRAINT "talks_recorded_by_accounts_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "online_course_hours" ADD CONSTRAINT "online_course_hours_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_enrolments" ADD CONSTRAINT "training_enrolments_session_id_training_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."training_sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_enrolments" ADD CONSTRAINT "training_enrolments_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_materials" ADD CONSTRAINT "training_materials_session_id_training_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."training_sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_programs" ADD CONSTRAINT "training_programs_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_programs" ADD CONSTRAINT "training_programs_created_by_accounts_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_sessions" ADD CONSTRAINT "training_sessions_program_id_training_programs_id_fk" FOREIGN KEY ("program_id") REFERENCES "public"."training_programs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_sessions" ADD CONSTRAINT "training_sessions_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_sessions" ADD CONSTRAINT "training_sessions_audience_unit_id_units_id_fk" FOREIGN KEY ("audience_unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_sessions" ADD CONSTRAINT "training_sessions_created_by_accounts_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "due_talks_responsible_idx" ON "due_talks" USING btree ("responsible_person_id","due_on");--> statement-breakpoint
CREATE INDEX "due_talks_unit_idx" ON "due_talks" USING btree ("unit_id","due_on");--> statement-breakpoint
CREATE INDEX "due_talks_party_org_idx" ON "due_talks" USING btree ("party_org_id");--> statement-breakpoint
CREATE INDEX "due_talks_person_idx" ON "due_talks" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "due_talks_source_idx" ON "due_talks" USING btree ("source_type","source_id");--> statement-breakpoint
CREATE INDEX "person_flags_person_idx" ON "person_flags" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "talks_unit_idx" ON "talks" USING btree ("unit_id","occurred_on");--> statement-breakpoint
CREATE INDEX "talks_party_org_idx" ON "talks" USING btree ("party_org_id","occurred_on");--> statement-breakpoint
CREATE INDEX "talks_initiator_idx" ON "talks" USING btree ("initiator_person_id");--> statement-breakpoint
CREATE INDEX "talks_counterpart_idx" ON "talks" USING btree ("counterpart_person_id");--> statement-breakpoint
CREATE INDEX "online_course_hours_person_idx" ON "online_course_hours" USING btree ("person_id","completed_on");--> statement-breakpoint
CREATE INDEX "training_enrolments_person_idx" ON "training_enrolments" USING btree ("person_id","status");--> statement-breakpoint
CREATE INDEX "training_materials_session_idx" ON "training_materials" USING btree ("session_id");--> statement-breakpoint
CREATE INDEX "training_programs_unit_idx" ON "training_programs" USING btree ("unit_id","year");--> statement-breakpoint
CREATE INDEX "training_sessions_unit_idx" ON "training_sessions" USING btree ("unit_id","starts_on");--> statement-breakpoint
CREATE INDEX "training_sessions_program_idx" ON "training_sessions" USING btree ("program_id");