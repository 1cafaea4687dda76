import { eq } from 'drizzle-orm';
import type { BulkPairingBody, CreatePairingBody } from '../../../contracts/schemes.ts';
import type { Db } from '../../db/client.ts';
import { pairings } from '../../db/schema/pairings.ts';
import type { ServiceContext } from '../../platform/actor.ts';
import { writeAudit } from '../../platform/audit.ts';
import { AppError, conflict, invalidField, staleVersion } from '../../platform/errors.ts';
import { topPaths } from '../../platform/scope.ts';
import { getScheme } from '../schemes/service.ts';
import { loadPairingIn } from './queries.ts';
import { assertHolder, assertNoOverlap, resolveTarget } from './targets.ts';

async function activeScheme(tx: Db, ctx: ServiceContext, id: number) {
  const scheme = await getScheme(tx, id);
  if (!scheme.active) throw conflict(ctx.lang, { 'zh-CN': '该结对制度已停用', 'en-US': 'the scheme is inactive' });
  return scheme;
}

/** Pairs a person with one target. */
export async function createPairing(tx: Db, ctx: ServiceContext, body: CreatePairingBody): Promise<number> {
  const scheme = await activeScheme(tx, ctx, body.schemeId);
  const targetId = scheme.targetType === 'unit' ? body.targetUnitId : body.targetPartyOrgId;
  if (!targetId) {
    const field = scheme.targetType === 'unit' ? 'targetUnitId' : 'targetPartyOrgId';
    throw invalidField(ctx.lang, field, 'required', { 'zh-CN': '请选择结对对象', 'en-US': 'is required' });
  }
  if (body.endsOn && body.endsOn < body.startsOn) {
    throw invalidField(ctx.lang, 'endsOn', 'before_start', {
      'zh-CN': '不能早于开始日期',
      'en-US': 'cannot be before the start',
    });
  }
  await assertHolder(tx, ctx, body.personId);
  const target = await resolveTarget(tx, ctx, scheme, targetId);
  const endsOn = body.endsOn ?? null;
  await assertNoOverlap(tx, ctx, {
    schemeId: scheme.id,
    personId: body.personId,
    target,
    startsOn: body.startsOn,
    endsOn,
  });
  const [row] = await tx
    .insert(pairings)
    .values({
      schemeId: scheme.id,
      personId: body.personId,
      targetUnitId: target.targetUnitId,
      targetPartyOrgId: target.targetPartyOrgId,
      scopeUnitId: target.scopeUnitId,
      startsOn: body.startsOn,
      endsOn,
      note: body.note ?? null,
      createdBy: ctx.actor.accountId,
    })
    .returning({ id: pairings.id });
  if (!row) throw new AppError('INTERNAL');
  await writeAudit(tx, ctx.audit, {
    action: 'pairing.create',
    targetType: 'pairing',
    targetId: row.id,
    before: null,
    after: { ...body },
  });
  return row.id;
}

/** Pairs one person with several targets at once: all of them, or none. */
export async function bulkPair(tx: Db, ctx: ServiceContext, body: BulkPairingBody): Promise<number[]> {
  const scheme = await getScheme(tx, body.schemeId);
  const ids: number[] = [];
  for (const targetId of [...new Set(body.targetIds)]) {
    ids.push(
      await createPairing(tx, ctx, {
        schemeId: body.schemeId,
        personId: body.personId,
        ...(scheme.targetType === 'unit' ? { targetUnitId: targetId } : { targetPartyOrgId: targetId }),
        startsOn: body.startsOn,
        note: body.note ?? null,
      }),
    );
  }
  return ids;
}

/** Ends a pairing; it and its records stay. */
export async function endPairing(tx: Db, ctx: ServiceContext, id: number, endsOn: string, version: number) {
  await loadPairingIn(tx, topPaths(ctx.actor.scopePaths), id);
  const [row] = await tx.select().from(pairings).where(eq(pairings.id, id)).for('update');
  if (!row) throw new AppError('NOT_FOUND');
  if (row.version !== version) throw staleVersion();
  if (endsOn < row.startsOn) {
    throw invalidField(ctx.lang, 'endsOn', 'before_start', {
      'zh-CN': `不能早于开始日期 ${row.startsOn}`,
      'en-US': `cannot be before ${row.startsOn}`,
    });
  }
  await tx
    .update(pairings)
    .set({ endsOn, updatedAt: new Date(), version: row.version + 1 })
    .where(eq(pairings.id, id));
  await writeAudit(tx, ctx.audit, {
    action: 'pairing.end',
    targetType: 'pairing',
    targetId: id,
    before: { endsOn: row.endsOn },
    after: { endsOn },
  });
}
