import { sql } from 'drizzle-orm';
import type { ClearFlagBody, CreateFlagBody, Flag, FlagKind } from '../../../contracts/talks.ts';
import type { Db } from '../../db/client.ts';
import { personFlags } from '../../db/schema/talks.ts';
import { rowsOf } from '../../db/sql.ts';
import type { Actor, ServiceContext } from '../../platform/actor.ts';
import { writeAudit } from '../../platform/audit.ts';
import { AppError, conflict, invalidField, notFound, outOfScope, staleVersion } from '../../platform/errors.ts';
import { personInReach } from '../people/reach.ts';
import { raiseDueTalk } from './due-talks.ts';
import { flagVisible, readsConfidentiallyAt } from './visibility.ts';

/** Flags a secretary enters (disciplinary, hardship, warning): each raises a due talk. */

interface FlagRow {
  id: number;
  person_id: number;
  person_name: string;
  unit_path: string;
  kind: FlagKind;
  note: string;
  raised_on: string;
  raised_by: number;
  raiser_name: string;
  cleared_on: string | null;
  version: number;
}

const SELECT = sql`select f.id, f.person_id, p.name as person_name, p.unit_path, f.kind, f.note,
    f.raised_on::text as raised_on, f.raised_by, a.display_name as raiser_name, f.cleared_on::text as cleared_on, f.version
  from person_flags f
  join people p on p.id = f.person_id
  join accounts a on a.id = f.raised_by`;

const flagOf = (r: FlagRow): Flag => ({
  id: r.id,
  person: { id: r.person_id, name: r.person_name },
  kind: r.kind,
  note: r.note,
  raisedOn: r.raised_on,
  raisedBy: { id: r.raised_by, name: r.raiser_name },
  clearedOn: r.cleared_on,
  version: r.version,
});

/** The flags of a person that the caller may see, newest first. */
export async function listFlags(db: Db, actor: Actor, personId: number): Promise<Flag[]> {
  const rows = rowsOf<FlagRow>(
    await db.execute(sql`${SELECT} where f.person_id = ${personId} and ${flagVisible(actor)}
      order by f.raised_on desc, f.id desc`),
  );
  return rows.map(flagOf);
}

function assertDate(ctx: ServiceContext, field: string, date: string, today: string, notBefore?: string): void {
  if (date > today) {
    throw invalidField(ctx.lang, field, 'future', { 'zh-CN': '不能晚于今天', 'en-US': 'cannot be after today' });
  }
  if (notBefore !== undefined && date < notBefore) {
    throw invalidField(ctx.lang, field, 'before_raised', {
      'zh-CN': '不能早于登记日期',
      'en-US': 'cannot be before the date raised',
    });
  }
}

export async function createFlag(tx: Db, ctx: ServiceContext, body: CreateFlagBody, today: string): Promise<number> {
  await personInReach(tx, ctx.lang, ctx.actor, body.personId, 'personId');
  assertDate(ctx, 'raisedOn', body.raisedOn, today);
  const [f] = await tx
    .insert(personFlags)
    .values({
      personId: body.personId,
      kind: body.kind,
      note: body.note,
      raisedOn: body.raisedOn,
      raisedBy: ctx.actor.accountId,
    })
    .returning({ id: personFlags.id });
  const dueTalkId = await raiseDueTalk(tx, {
    personId: body.personId,
    reason: body.kind,
    sourceType: 'person_flag',
    sourceId: f!.id,
    causeDate: body.raisedOn,
  });
  await writeAudit(tx, ctx.audit, {
    action: 'talk.flag.create',
    targetType: 'person_flag',
    targetId: f!.id,
    detail: { personId: body.personId, kind: body.kind, raisedOn: body.raisedOn, dueTalkId },
  });
  return f!.id;
}

async function visibleFlag(tx: Db, actor: Actor, id: number): Promise<FlagRow> {
  const [row] = rowsOf<FlagRow>(
    await tx.execute(sql`${SELECT} where f.id = ${id} and ${flagVisible(actor)} for update of f`),
  );
  if (row) return row;
  const [exists] = rowsOf<{ id: number }>(await tx.execute(sql`select id from person_flags where id = ${id}`));
  throw exists ? outOfScope('person_flag', id) : notFound();
}

export async function clearFlag(
  tx: Db,
  ctx: ServiceContext,
  id: number,
  body: ClearFlagBody,
  today: string,
): Promise<Flag> {
  const row = await visibleFlag(tx, ctx.actor, id);
  if (row.version !== body.version) throw staleVersion();
  if (row.cleared_on !== null) {
    throw conflict(ctx.lang, { 'zh-CN': '该标记已解除', 'en-US': 'the flag is already cleared' });
  }
  if (row.raised_by !== ctx.actor.accountId && !readsConfidentiallyAt(ctx.actor, row.unit_path)) {
    throw new AppError('FORBIDDEN');
  }
  assertDate(ctx, 'clearedOn', body.clearedOn, today, row.raised_on);
  await tx.execute(sql`update person_flags set cleared_on = ${body.clearedOn}, cleared_by = ${ctx.actor.accountId},
      version = version + 1 where id = ${id}`);
  await writeAudit(tx, ctx.audit, {
    action: 'talk.flag.clear',
    targetType: 'person_flag',
    targetId: id,
    before: { clearedOn: null },
    after: { clearedOn: body.clearedOn },
  });
  return { ...flagOf(row), clearedOn: body.clearedOn, version: row.version + 1 };
}
