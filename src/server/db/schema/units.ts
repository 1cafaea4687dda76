import { type AnyPgColumn, boolean, index, integer, pgTable, smallint, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * The enterprise's own tree. `path` is the materialized chain of ids ("/1/5/23/"),
 * so "is X inside subtree S" is a prefix test that an index answers; data scope
 * relies on it everywhere. The column has the "C" collation (registry migration),
 * which lets its unique btree index answer LIKE 'prefix%'.
 */
export const units = pgTable(
  'units',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    code: text('code').notNull().unique(),
    name: text('name').notNull(),
    kind: text('kind').notNull(),
    level: smallint('level').notNull(),
    parentId: integer('parent_id').references((): AnyPgColumn => units.id),
    path: text('path').notNull().unique(),
    sortOrder: integer('sort_order').notNull().default(0),
    active: boolean('active').notNull().default(true),
    deactivatedAt: timestamp('deactivated_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    version: integer('version').notNull().default(1),
  },
  (t) => [index('units_parent_idx').on(t.parentId, t.sortOrder)],
);

/** Every move of a subtree: where it hung before and after, so history is never lost. */
export const unitMoves = pgTable(
  'unit_moves',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    unitId: integer('unit_id')
      .notNull()
      .references(() => units.id),
    fromParentId: integer('from_parent_id').references(() => units.id),
    toParentId: integer('to_parent_id').references(() => units.id),
    fromPath: text('from_path').notNull(),
    toPath: text('to_path').notNull(),
    movedAt: timestamp('moved_at', { withTimezone: true }).notNull().defaultNow(),
    movedBy: integer('moved_by'),
  },
  (t) => [index('unit_moves_unit_idx').on(t.unitId, t.movedAt)],
);
