import { and, asc, count, desc, eq, gte, ilike, inArray, isNull, lt, or, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import {
  type Concern,
  type ConcernKind,
  type ConcernListQuery,
  type ConcernPage,
  type ConcernState,
  OPEN_STATES,
  RESOLVED_STATES,
} from '../../../contracts/concerns.ts';
import type { Lang } from '../../../contracts/i18n.ts';
import type { Db } from '../../db/client.ts';
import { accounts } from '../../db/schema/accounts.ts';
import { concernCategories, concerns } from '../../db/schema/concerns.ts';
import { people } from '../../db/schema/people.ts';
import { units } from '../../db/schema/units.ts';
import type { Actor } from '../../platform/actor.ts';
import { paged } from '../../platform/paging.ts';
import { escapeLike, pathIds, underPaths } from '../../platform/scope.ts';

export const outlet = alias(units, 'outlet');
export const department = alias(units, 'department');
const handler = alias(accounts, 'handler');
const raiserAccount = alias(accounts, 'raiser_account');
const raiserPerson = alias(people, 'raiser_person');
const counselor = alias(people, 'counselor');

/** Every list and detail reads a concern with the names around it. */
export function selectConcerns(db: Db) {
  return db
    .select({
      c: concerns,
      outletName: outlet.name,
      outletPath: outlet.path,
      departmentName: department.name,
      departmentPath: department.path,
      handlerName: handler.displayName,
      counselorName: counselor.name,
      raiserName: sql<string>`coalesce(${raiserPerson.name}, ${raiserAccount.displayName})`,
      categoryZh: concernCategories.nameZh,
      categoryEn: concernCategories.nameEn,
    })
    .from(concerns)
    .innerJoin(outlet, eq(outlet.id, concerns.unitId))
    .leftJoin(department, eq(department.id, concerns.departmentUnitId))
    .leftJoin(handler, eq(handler.id, concerns.handlerAccountId))
    .leftJoin(counselor, eq(counselor.id, concerns.counselorPersonId))
    .innerJoin(raiserAccount, eq(raiserAccount.id, concerns.raisedByAccountId))
    .leftJoin(raiserPerson, eq(raiserPerson.id, concerns.raisedByPersonId))
    .innerJoin(concernCategories, eq(concernCategories.code, concerns.category));
}

export type ConcernRow = Awaited<ReturnType<ReturnType<typeof selectConcerns>['execute']>>[number];

/** "Due before today and still open": the flag the lists and figures share. */
export function isOverdue(state: ConcernState, dueOn: string | null, today: string): boolean {
  return dueOn !== null && dueOn < today && OPEN_STATES.includes(state);
}

export function toConcern(
  r: ConcernRow,
  actor: Actor,
  trails: ReadonlyMap<number, string>,
  lang: Lang,
  today: string,
): Concern {
  const c = r.c;
  const state = c.state as ConcernState;
  const showRaiser = !c.anonymous || c.raisedByAccountId === actor.accountId;
  return {
    id: c.id,
    kind: c.kind as ConcernKind,
    category: c.category,
    categoryName: lang === 'zh-CN' ? r.categoryZh : r.categoryEn,
    title: c.title,
    tier: c.tier,
    state,
    unit: { id: c.unitId, name: r.outletName },
    unitTrail: trails.get(c.unitId) ?? '',
    department: c.departmentUnitId === null ? null : { id: c.departmentUnitId, name: r.departmentName ?? '' },
    handler: c.handlerAccountId === null ? null : { id: c.handlerAccountId, name: r.handlerName ?? '' },
    counselor: c.counselorPersonId === null ? null : { id: c.counselorPersonId, name: r.counselorName ?? '' },
    raiser: showRaiser ? { id: c.raisedByAccountId, name: r.raiserName } : null,
    anonymous: c.anonymous,
    raisedAt: c.raisedAt.toISOString(),
    dueOn: c.dueOn,
    overdue: isOverdue(state, c.dueOn, today),
    resolvedAt: c.resolvedAt?.toISOString() ?? null,
    version: c.version,
  };
}

/**
 * "城市 / 支行" above each unit: the names of the two nearest ancestors below the
 * province, read in one query for a whole page.
 */
export async function trailsOf(db: Db, rows: readonly { id: number; path: string }[]): Promise<Map<number, string>> {
  const chains = new Map(rows.map((r) => [r.id, pathIds(r.path).slice(2, -1).slice(-2)]));
  const ids = [...new Set([...chains.values()].flat())];
  const names = ids.length
    ? new Map(
        (await db.select({ id: units.id, name: units.name }).from(units).where(inArray(units.id, ids))).map((u) => [
          u.id,
          u.name,
        ]),
      )
    : new Map<number, string>();
  return new Map([...chains].map(([id, chain]) => [id, chain.map((a) => names.get(a) ?? '').join(' / ')]));
}

/**
 * "This column names a unit under these subtrees", as `= any(array(select id …))`: the
 * planner then looks the concerns up by their unit index. Written as a LIKE on the joined
 * unit's path, it guessed one row and scanned every open concern in the nation (a
 * department's queue: 45 ms → 4 ms on 1M concerns, docs/benchmarks.md).
 */
export function unitUnder(
  column: typeof concerns.unitId | typeof concerns.departmentUnitId,
  paths: readonly string[],
): SQL {
  return sql`${column} = any(array(select u.id from units u where ${underPaths(sql`u.path`, paths)}))`;
}

/** Who may read a concern, as SQL: the outlet within reach, the department within scope, or one's own. */
export function readableBy(actor: Actor, reach: readonly string[]): SQL {
  return or(
    unitUnder(concerns.unitId, reach),
    unitUnder(concerns.departmentUnitId, actor.scopePaths),
    eq(concerns.raisedByAccountId, actor.accountId),
  ) as SQL;
}

/**
 * "Waiting for me": the concerns on which one of the caller's roles has the next
 * step (the same parties as the transition table, each cut to its scope).
 */
export function waitingFor(actor: Actor, reach: readonly string[]): SQL {
  const has = (role: Actor['roles'][number]) => actor.roles.includes(role);
  const branches: SQL[] = [];
  if (has('counselor')) {
    branches.push(
      and(
        eq(concerns.tier, 1),
        inArray(concerns.state, ['submitted', 'returned', 'reopened']),
        unitUnder(concerns.unitId, reach),
      ) as SQL,
    );
  }
  if (has('handler')) {
    branches.push(
      and(
        inArray(concerns.state, ['routed', 'accepted', 'in_progress', 'reopened']),
        sql`${concerns.tier} > 1`,
        unitUnder(concerns.departmentUnitId, actor.scopePaths),
      ) as SQL,
    );
  }
  if (has('party_admin')) {
    branches.push(
      and(inArray(concerns.state, ['returned', 'on_agenda']), unitUnder(concerns.unitId, actor.scopePaths)) as SQL,
    );
  }
  if (has('secretary')) {
    branches.push(and(eq(concerns.state, 'resolved'), unitUnder(concerns.unitId, actor.scopePaths)) as SQL);
  }
  branches.push(and(eq(concerns.state, 'resolved'), eq(concerns.raisedByAccountId, actor.accountId)) as SQL);
  return (branches.length === 1 ? branches[0] : or(...branches)) as SQL;
}

/** The figure a list was opened from, as SQL (the same definitions as figures.ts). */
export function statusCondition(status: ConcernListQuery['status'], today: string): SQL | undefined {
  switch (status) {
    case 'resolved':
      return inArray(concerns.state, [...RESOLVED_STATES]);
    case 'open':
      return inArray(concerns.state, [...OPEN_STATES]);
    case 'overdue':
      return and(inArray(concerns.state, [...OPEN_STATES]), lt(concerns.dueOn, today));
    case 'rejected':
      return eq(concerns.state, 'rejected');
    default:
      return undefined;
  }
}

export interface ListWindow {
  /** Raised at or after / before these instants (local days already turned into instants). */
  from?: Date;
  to?: Date;
  /** The subtree the list is cut to (a unit within reach), if one was chosen. */
  unitPath?: string;
}

export function listConditions(
  actor: Actor,
  reach: readonly string[],
  q: ConcernListQuery,
  w: ListWindow,
  today: string,
): SQL[] {
  const conds: (SQL | undefined)[] = [
    q.queue === 'mine' ? waitingFor(actor, reach) : readableBy(actor, reach),
    w.unitPath ? sql`${outlet.path} like ${`${escapeLike(w.unitPath)}%`}` : undefined,
    w.from ? gte(concerns.raisedAt, w.from) : undefined,
    w.to ? lt(concerns.raisedAt, w.to) : undefined,
    statusCondition(q.status, today),
    q.state ? eq(concerns.state, q.state) : undefined,
    q.kind ? eq(concerns.kind, q.kind) : undefined,
    q.tier ? eq(concerns.tier, q.tier) : undefined,
    q.category ? eq(concerns.category, q.category) : undefined,
    q.departmentId === undefined
      ? undefined
      : q.departmentId === 0
        ? isNull(concerns.departmentUnitId)
        : eq(concerns.departmentUnitId, q.departmentId),
    q.counselorId === undefined
      ? undefined
      : q.counselorId === 0
        ? isNull(concerns.counselorPersonId)
        : eq(concerns.counselorPersonId, q.counselorId),
    q.outletId ? eq(concerns.unitId, q.outletId) : undefined,
    q.recordId ? eq(concerns.recordId, q.recordId) : undefined,
    q.q ? ilike(concerns.title, `%${escapeLike(q.q)}%`) : undefined,
  ];
  return conds.filter((c): c is SQL => c !== undefined);
}

/** A page of concerns the caller may read (or must act on), newest first; overdue ones first in a queue. */
export async function listConcerns(
  db: Db,
  actor: Actor,
  reach: string[],
  q: ConcernListQuery,
  today: string,
  lang: Lang,
  w: ListWindow = {},
): Promise<ConcernPage> {
  const where = and(...listConditions(actor, reach, q, w, today));
  const order =
    q.queue === 'mine'
      ? [asc(sql`coalesce(${concerns.dueOn}, '9999-12-31')`), desc(concerns.raisedAt)]
      : [desc(concerns.raisedAt), desc(concerns.id)];
  return paged(
    q,
    (limit, offset) =>
      selectConcerns(db)
        .where(where)
        .orderBy(...order)
        .limit(limit)
        .offset(offset),
    () =>
      db
        .select({ n: count() })
        .from(concerns)
        .innerJoin(outlet, eq(outlet.id, concerns.unitId))
        .leftJoin(department, eq(department.id, concerns.departmentUnitId))
        .where(where),
    async (rows) => {
      const trails = await trailsOf(
        db,
        rows.map((r) => ({ id: r.c.unitId, path: r.outletPath })),
      );
      return rows.map((r) => toConcern(r, actor, trails, lang, today));
    },
  );
}
