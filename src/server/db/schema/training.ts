import {
  bigint,
  boolean,
  date,
  index,
  integer,
  numeric,
  pgTable,
  smallint,
  text,
  timestamp,
  unique,
} from 'drizzle-orm/pg-core';
import { accounts } from './accounts.ts';
import { people } from './people.ts';
import { units } from './units.ts';

/**
 * Training (seed 003 rotation training of grassroots leaders, seed 004 yearly
 * centralized training of secretaries, the member education regulations' credit
 * hours): programs group sessions; each session credits hours to the people who
 * attended; online-course hours come from a learning platform's export. The
 * yearly requirements are a row per year, so changing next year's figures does
 * not rewrite this year's gaps. Hours, gaps and rates are computed, never stored.
 */
export const trainingPrograms = pgTable(
  'training_programs',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    /** The organizing unit: the program's place in the data scope. */
    unitId: integer('unit_id')
      .notNull()
      .references(() => units.id),
    year: smallint('year').notNull(),
    title: text('title').notNull(),
    /** Who runs it, as people say it: 省分行党委组织部, 省委党校… */
    organizer: text('organizer').notNull(),
    /** rotation | special | other */
    kind: text('kind').notNull(),
    description: text('description'),
    createdBy: integer('created_by')
      .notNull()
      .references(() => accounts.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    unique('training_programs_unit_year_title_key').on(t.unitId, t.year, t.title),
    index('training_programs_unit_idx').on(t.unitId, t.year),
  ],
);

/** One class of a program (or a stand-alone one): when, where, how, how many credit hours, for whom. */
export const trainingSessions = pgTable(
  'training_sessions',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    programId: integer('program_id').references(() => trainingPrograms.id),
    /** The organizing unit: the session's place in the data scope. */
    unitId: integer('unit_id')
      .notNull()
      .references(() => units.id),
    title: text('title').notNull(),
    /** lecture | tutoring | discussion | experiential | simulation | online */
    method: text('method').notNull(),
    /** party_school | corporate_university | red_base | in_house | online | other */
    placeKind: text('place_kind').notNull(),
    /** The school, base or platform by name. */
    placeName: text('place_name'),
    startsOn: date('starts_on').notNull(),
    endsOn: date('ends_on').notNull(),
    /** Hours credited to each attendee unless their enrolment says otherwise. */
    creditHours: numeric('credit_hours', { precision: 5, scale: 1, mode: 'number' }).notNull(),
    /** Counts as the yearly centralized training of secretaries (集中培训). */
    centralized: boolean('centralized').notNull().default(false),
    /** all_secretaries | new_secretaries | committee_members | members | custom */
    audience: text('audience').notNull(),
    /** Whose secretaries / members: this subtree (default the organizing unit). */
    audienceUnitId: integer('audience_unit_id')
      .notNull()
      .references(() => units.id),
    description: text('description'),
    createdBy: integer('created_by')
      .notNull()
      .references(() => accounts.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    index('training_sessions_unit_idx').on(t.unitId, t.startsOn),
    index('training_sessions_program_idx').on(t.programId),
  ],
);

/** Course materials of a session (slides, readings), stored like every upload. */
export const trainingMaterials = pgTable(
  'training_materials',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    sessionId: integer('session_id')
      .notNull()
      .references(() => trainingSessions.id, { onDelete: 'cascade' }),
    storageKey: text('storage_key').notNull().unique(),
    fileName: text('file_name').notNull(),
    mimeType: text('mime_type').notNull(),
    sizeBytes: integer('size_bytes').notNull(),
    createdBy: integer('created_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('training_materials_session_idx').on(t.sessionId)],
);

/**
 * Who was invited to a session and whether they came. `hours` is what the
 * attendance credits (the session's hours unless a partial attendance says
 * less); it is null unless the person attended.
 */
export const trainingEnrolments = pgTable(
  'training_enrolments',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    sessionId: integer('session_id')
      .notNull()
      .references(() => trainingSessions.id, { onDelete: 'cascade' }),
    personId: integer('person_id')
      .notNull()
      .references(() => people.id),
    /** invited | attended | absent */
    status: text('status').notNull().default('invited'),
    absenceReason: text('absence_reason'),
    hours: numeric('hours', { precision: 5, scale: 1, mode: 'number' }),
    /** manual | audience | sign_in_import */
    source: text('source').notNull(),
    updatedBy: integer('updated_by').notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique('training_enrolments_session_person_key').on(t.sessionId, t.personId),
    index('training_enrolments_person_idx').on(t.personId, t.status),
  ],
);

/**
 * Hours from a learning platform's export (学习强国, 网络学院…), one row per
 * course completed; re-importing the same export changes nothing.
 */
export const onlineCourseHours = pgTable(
  'online_course_hours',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    personId: integer('person_id')
      .notNull()
      .references(() => people.id),
    platform: text('platform').notNull(),
    course: text('course').notNull(),
    completedOn: date('completed_on').notNull(),
    hours: numeric('hours', { precision: 5, scale: 1, mode: 'number' }).notNull(),
    importedBy: integer('imported_by').notNull(),
    importedAt: timestamp('imported_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique('online_course_hours_key').on(t.personId, t.platform, t.course, t.completedOn),
    index('online_course_hours_person_idx').on(t.personId, t.completedOn),
  ],
);

/**
 * The year's requirements. A year without a row takes the latest earlier
 * year's, and the defaults (32 / 56 hours, one centralized training, six months
 * for a new secretary) before any.
 */
export const trainingRequirements = pgTable('training_requirements', {
  year: smallint('year').primaryKey(),
  memberHours: numeric('member_hours', { precision: 5, scale: 1, mode: 'number' }).notNull(),
  /** Secretaries and committee members (支部书记和支委委员). */
  leaderHours: numeric('leader_hours', { precision: 5, scale: 1, mode: 'number' }).notNull(),
  centralizedPerYear: smallint('centralized_per_year').notNull(),
  newSecretaryMonths: smallint('new_secretary_months').notNull(),
  updatedBy: integer('updated_by').notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  version: integer('version').notNull().default(1),
});
