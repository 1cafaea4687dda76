import { count, eq } from 'drizzle-orm';
import { RECORD_LIMITS } from '../../../contracts/records.ts';
import type { Material } from '../../../contracts/training.ts';
import type { Db } from '../../db/client.ts';
import { trainingMaterials } from '../../db/schema/training.ts';
import type { Actor, ServiceContext } from '../../platform/actor.ts';
import { writeAudit } from '../../platform/audit.ts';
import { notFound } from '../../platform/errors.ts';
import type { FileStorage } from '../../platform/storage.ts';
import { attachmentDetail, storeUpload } from '../../platform/uploads.ts';
import { sessionInScope } from './access.ts';

/** Course materials of a session (slides, readings, photos), stored like every upload. */
export const MATERIALS_PER_SESSION = 30;
export const MATERIAL_BYTES = RECORD_LIMITS.attachmentBytes;

export async function addMaterial(
  tx: Db,
  ctx: ServiceContext,
  storage: FileStorage,
  sessionId: number,
  file: { data: Buffer; name: string },
): Promise<Material> {
  await sessionInScope(tx, ctx.actor, sessionId, true);
  const [n] = await tx.select({ n: count() }).from(trainingMaterials).where(eq(trainingMaterials.sessionId, sessionId));
  const stored = await storeUpload(ctx, storage, file, {
    maxBytes: MATERIAL_BYTES,
    held: n?.n ?? 0,
    limit: MATERIALS_PER_SESSION,
    owner: { 'zh-CN': '培训班次', 'en-US': 'session' },
  });
  const [m] = await tx
    .insert(trainingMaterials)
    .values({ sessionId, ...stored })
    .returning();
  await writeAudit(tx, ctx.audit, {
    action: 'training.material.add',
    targetType: 'training_session',
    targetId: sessionId,
    detail: attachmentDetail(m!),
  });
  return {
    id: m!.id,
    fileName: m!.fileName,
    mimeType: m!.mimeType,
    sizeBytes: m!.sizeBytes,
    createdAt: m!.createdAt.toISOString(),
  };
}

/** A material whose session is in the caller's scope, else 404. */
export async function loadMaterial(db: Db, actor: Actor, id: number, lock = false) {
  const [m] = await db.select().from(trainingMaterials).where(eq(trainingMaterials.id, id));
  if (!m) throw notFound();
  await sessionInScope(db, actor, m.sessionId, lock);
  return m;
}

export async function deleteMaterial(tx: Db, ctx: ServiceContext, id: number): Promise<string> {
  const m = await loadMaterial(tx, ctx.actor, id, true);
  await tx.delete(trainingMaterials).where(eq(trainingMaterials.id, id));
  await writeAudit(tx, ctx.audit, {
    action: 'training.material.delete',
    targetType: 'training_session',
    targetId: m.sessionId,
    detail: attachmentDetail(m),
  });
  return m.storageKey;
}
