import { asc, eq } from 'drizzle-orm';
import type { Lang } from '../../../contracts/i18n.ts';
import { PARTY_ORG_KINDS } from '../../../contracts/registry-enums.ts';
import type { CreateSchemeBody, Scheme, UpdateSchemeBody } from '../../../contracts/schemes.ts';
import { UNIT_KINDS } from '../../../contracts/units.ts';
import type { Db } from '../../db/client.ts';
import { schemes } from '../../db/schema/pairings.ts';
import type { ServiceContext } from '../../platform/actor.ts';
import { writeAudit } from '../../platform/audit.ts';
import { AppError, duplicate, invalidField, notFound, staleVersion } from '../../platform/errors.ts';

export function toScheme(r: typeof schemes.$inferSelect): Scheme {
  return {
    id: r.id,
    code: r.code,
    name: r.name,
    description: r.description,
    targetType: r.targetType as Scheme['targetType'],
    targetKinds: r.targetKinds,
    blankOutletsOnly: r.blankOutletsOnly,
    active: r.active,
    version: r.version,
  };
}

export async function listSchemes(db: Db): Promise<Scheme[]> {
  return (await db.select().from(schemes).orderBy(asc(schemes.id))).map(toScheme);
}

export async function getScheme(db: Db, id: number) {
  const [row] = await db.select().from(schemes).where(eq(schemes.id, id));
  if (!row) throw notFound();
  return row;
}

/** Target kinds must be of the target type; "blank outlets only" needs outlets. */
function assertTargets(lang: Lang, targetType: string, kinds: string[], blankOnly: boolean) {
  const allowed: readonly string[] = targetType === 'unit' ? UNIT_KINDS : PARTY_ORG_KINDS;
  if (kinds.some((k) => !allowed.includes(k))) {
    throw invalidField(lang, 'targetKinds', 'wrong_type', {
      'zh-CN': targetType === 'unit' ? '应为机构类型' : '应为党组织类型',
      'en-US': targetType === 'unit' ? 'must be unit kinds' : 'must be party org kinds',
    });
  }
  if (blankOnly && (targetType !== 'unit' || kinds.join() !== 'outlet')) {
    throw invalidField(lang, 'blankOutletsOnly', 'outlets_only', {
      'zh-CN': '仅适用于对象为网点的制度',
      'en-US': 'applies only to schemes whose targets are outlets',
    });
  }
}

export async function createScheme(tx: Db, ctx: ServiceContext, body: CreateSchemeBody): Promise<Scheme> {
  assertTargets(ctx.lang, body.targetType, body.targetKinds, body.blankOutletsOnly ?? false);
  const [taken] = await tx.select({ id: schemes.id }).from(schemes).where(eq(schemes.code, body.code));
  if (taken) throw duplicate(ctx.lang, 'code', body.code);
  const [row] = await tx
    .insert(schemes)
    .values({ ...body, description: body.description ?? null, blankOutletsOnly: body.blankOutletsOnly ?? false })
    .returning();
  if (!row) throw new AppError('INTERNAL');
  await writeAudit(tx, ctx.audit, {
    action: 'scheme.create',
    targetType: 'scheme',
    targetId: row.id,
    before: null,
    after: { ...body },
  });
  return toScheme(row);
}

export async function updateScheme(tx: Db, ctx: ServiceContext, id: number, body: UpdateSchemeBody): Promise<Scheme> {
  const [row] = await tx.select().from(schemes).where(eq(schemes.id, id)).for('update');
  if (!row) throw notFound();
  if (row.version !== body.version) throw staleVersion();
  assertTargets(ctx.lang, row.targetType, body.targetKinds, body.blankOutletsOnly ?? row.blankOutletsOnly);
  const next = {
    name: body.name,
    description: body.description ?? null,
    targetKinds: body.targetKinds,
    blankOutletsOnly: body.blankOutletsOnly ?? row.blankOutletsOnly,
    active: body.active,
  };
  const [saved] = await tx
    .update(schemes)
    .set({ ...next, updatedAt: new Date(), version: row.version + 1 })
    .where(eq(schemes.id, id))
    .returning();
  await writeAudit(tx, ctx.audit, {
    action: 'scheme.update',
    targetType: 'scheme',
    targetId: id,
    before: {
      name: row.name,
      description: row.description,
      targetKinds: row.targetKinds,
      blankOutletsOnly: row.blankOutletsOnly,
      active: row.active,
    },
    after: next,
  });
  return toScheme(saved!);
}
