import { eq, sql } from 'drizzle-orm';
import type { CreateTalkBody, TalkDetail, UpdateTalkBody } from '../../../contracts/talks.ts';
import type { Db } from '../../db/client.ts';
import { people } from '../../db/schema/people.ts';
import { talks } from '../../db/schema/talks.ts';
import { rowsOf } from '../../db/sql.ts';
import type { ServiceContext } from '../../platform/actor.ts';
import { writeAudit } from '../../platform/audit.ts';
import { AppError, conflict, invalidField, outOfReachField, staleVersion } from '../../platform/errors.ts';
import { personInReach } from '../people/reach.ts';
import { canEditTalk, readTalk, visibleTalk } from './talk-read.ts';
import { dueVisible, isConfidentialReader } from './visibility.ts';

/** Recording and editing a talk; the summary and follow-up are stored encrypted. */

async function personById(db: Db, id: number) {
  const [p] = await db
    .select({ id: people.id, unitId: people.unitId, partyOrgId: people.partyOrgId })
    .from(people)
    .where(eq(people.id, id));
  if (!p) throw new AppError('NOT_FOUND');
  return p;
}

function assertNotFuture(ctx: ServiceContext, occurredOn: string, today: string): void {
  if (occurredOn > today) {
    throw invalidField(ctx.lang, 'occurredOn', 'future', { 'zh-CN': '不能晚于今天', 'en-US': 'cannot be after today' });
  }
}

const sealed = (ctx: ServiceContext, b: { summary: string; followUp?: string | null | undefined }) => ({
  summaryEnc: ctx.cipher.encrypt(b.summary),
  followUpEnc: b.followUp ? ctx.cipher.encrypt(b.followUp) : null,
});

export async function createTalk(tx: Db, ctx: ServiceContext, body: CreateTalkBody, today: string): Promise<number> {
  const { actor } = ctx;
  if (isConfidentialReader(actor)) {
    await personInReach(tx, ctx.lang, actor, body.initiatorPersonId, 'initiatorPersonId');
  } else if (body.initiatorPersonId !== actor.personId) {
    throw invalidField(ctx.lang, 'initiatorPersonId', 'not_self', {
      'zh-CN': '只能登记本人发起的谈话',
      'en-US': 'must be yourself',
    });
  }
  if (body.counterpartPersonId === body.initiatorPersonId) {
    throw invalidField(ctx.lang, 'counterpartPersonId', 'same_person', {
      'zh-CN': '不能与谈话人相同',
      'en-US': 'cannot be the initiator',
    });
  }
  assertNotFuture(ctx, body.occurredOn, today);
  const dueTalkId = body.dueTalkId ?? null;
  if (dueTalkId !== null) {
    const [due] = rowsOf<{ person_id: number; talk_id: number | string | null }>(
      await tx.execute(sql`select d.person_id, d.talk_id from due_talks d join units u on u.id = d.unit_id
        where d.id = ${dueTalkId} and ${dueVisible(actor)} for update of d`),
    );
    if (!due) throw outOfReachField(ctx.lang, 'dueTalkId');
    if (due.person_id !== body.counterpartPersonId) {
      throw conflict(ctx.lang, {
        'zh-CN': '待谈事项的谈话对象不是本次谈话对象',
        'en-US': 'the due talk is about another person',
      });
    }
    if (due.talk_id !== null) {
      throw conflict(ctx.lang, { 'zh-CN': '该待谈事项已完成', 'en-US': 'the due talk is already done' });
    }
  }
  // A due talk the caller answers for reaches its person even outside the caller's scope: a member
  // transferred to another outlet keeps their party relation, so their branch secretary still talks with them.
  const counterpart =
    dueTalkId === null
      ? await personInReach(tx, ctx.lang, actor, body.counterpartPersonId, 'counterpartPersonId')
      : await personById(tx, body.counterpartPersonId);
  const [t] = await tx
    .insert(talks)
    .values({
      unitId: counterpart.unitId,
      partyOrgId: counterpart.partyOrgId,
      initiatorPersonId: body.initiatorPersonId,
      counterpartPersonId: body.counterpartPersonId,
      occurredOn: body.occurredOn,
      kind: body.kind,
      place: body.place ?? null,
      ...sealed(ctx, body),
      dueTalkId,
      recordedBy: actor.accountId,
    })
    .returning({ id: talks.id });
  const id = Number(t!.id);
  if (dueTalkId !== null) await tx.execute(sql`update due_talks set talk_id = ${id} where id = ${dueTalkId}`);
  // The content stays out of the audit trail: it is confidential.
  await writeAudit(tx, ctx.audit, {
    action: 'talk.create',
    targetType: 'talk',
    targetId: id,
    detail: {
      initiatorPersonId: body.initiatorPersonId,
      counterpartPersonId: body.counterpartPersonId,
      occurredOn: body.occurredOn,
      kind: body.kind,
      dueTalkId,
    },
  });
  return id;
}

export async function updateTalk(
  tx: Db,
  ctx: ServiceContext,
  id: number,
  body: UpdateTalkBody,
  today: string,
): Promise<TalkDetail> {
  const row = await visibleTalk(tx, ctx.actor, id, true);
  if (row.version !== body.version) throw staleVersion();
  if (!canEditTalk(ctx.actor, row)) throw new AppError('FORBIDDEN');
  assertNotFuture(ctx, body.occurredOn, today);
  const content = sealed(ctx, body);
  await tx.execute(sql`update talks set occurred_on = ${body.occurredOn}, kind = ${body.kind},
      place = ${body.place ?? null}, summary_enc = ${content.summaryEnc},
      follow_up_enc = ${content.followUpEnc}, updated_at = now(), version = version + 1
    where id = ${id}`);
  await writeAudit(tx, ctx.audit, {
    action: 'talk.update',
    targetType: 'talk',
    targetId: id,
    before: { occurredOn: row.occurred_on, kind: row.kind, place: row.place },
    after: { occurredOn: body.occurredOn, kind: body.kind, place: body.place ?? null },
  });
  return readTalk(tx, ctx, id, false);
}
