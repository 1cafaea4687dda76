import type { FastifyRequest } from 'fastify';
import { auditDenial } from '../../platform/access.ts';
import type { ServiceContext } from '../../platform/actor.ts';
import { writeAudit } from '../../platform/audit.ts';
import { AppError } from '../../platform/errors.ts';

/**
 * Whether phone and ID number are to be shown in full. Asking without the
 * "view sensitive" permission is refused (and audited), never silently masked.
 */
export async function wantsReveal(req: FastifyRequest, ctx: ServiceContext, reveal: 'true' | 'false' | undefined) {
  if (reveal !== 'true') return false;
  if (!ctx.actor.permissions.has('sensitive.view')) {
    await auditDenial(req.server, req, ctx.actor, 'missing permission sensitive.view');
    throw new AppError('FORBIDDEN');
  }
  return true;
}

/** Records that these people's sensitive fields were shown in full. */
export async function auditReveal(req: FastifyRequest, ctx: ServiceContext, personIds: number[], via: string) {
  if (personIds.length === 0) return;
  await req.server.database.db.transaction((tx) =>
    writeAudit(tx, ctx.audit, {
      action: 'person.sensitive_view',
      targetType: 'person',
      targetId: personIds.length === 1 ? personIds[0]! : null,
      detail: { via, personIds },
    }),
  );
}
