import { eq } from 'drizzle-orm';
import type { Audience, InviteBody } from '../../../contracts/training.ts';
import type { Db } from '../../db/client.ts';
import { trainingEnrolments } from '../../db/schema/training.ts';
import { units } from '../../db/schema/units.ts';
import type { ServiceContext } from '../../platform/actor.ts';
import { writeAudit } from '../../platform/audit.ts';
import { peopleInReach } from '../people/reach.ts';
import { sessionInScope } from './access.ts';
import { audiencePersonIds } from './population.ts';
import { readRequirements } from './requirements.ts';

/**
 * Invites the session's audience as the registry names it today (for 'custom'
 * nobody) and/or named people of the caller's scope. Existing enrolments are
 * kept as they are and counted as `already`.
 */
export async function invite(
  tx: Db,
  ctx: ServiceContext,
  sessionId: number,
  body: InviteBody,
  today: string,
): Promise<{ added: number; already: number }> {
  const s = await sessionInScope(tx, ctx.actor, sessionId, true);
  await peopleInReach(tx, ctx.lang, ctx.actor, body.personIds, 'personIds');
  const wanted = new Map<number, 'audience' | 'manual'>();
  if (body.audience && s.audience !== 'custom') {
    const [u] = await tx.select({ path: units.path }).from(units).where(eq(units.id, s.audienceUnitId));
    const req = await readRequirements(tx, Number(s.startsOn.slice(0, 4)));
    const audience = s.audience as Exclude<Audience, 'custom'>;
    for (const id of await audiencePersonIds(tx, audience, u!.path, today, req.newSecretaryMonths)) {
      wanted.set(id, 'audience');
    }
  }
  for (const id of body.personIds) if (!wanted.has(id)) wanted.set(id, 'manual');
  let added = 0;
  if (wanted.size > 0) {
    const rows = [...wanted].map(([personId, source]) => ({
      sessionId,
      personId,
      status: 'invited',
      source,
      updatedBy: ctx.actor.accountId,
    }));
    for (let i = 0; i < rows.length; i += 1000) {
      const inserted = await tx
        .insert(trainingEnrolments)
        .values(rows.slice(i, i + 1000))
        .onConflictDoNothing({ target: [trainingEnrolments.sessionId, trainingEnrolments.personId] })
        .returning({ id: trainingEnrolments.id });
      added += inserted.length;
    }
  }
  const already = wanted.size - added;
  await writeAudit(tx, ctx.audit, {
    action: 'training.invite',
    targetType: 'training_session',
    targetId: sessionId,
    detail: { audience: body.audience ? s.audience : null, named: body.personIds.length, added, already },
  });
  return { added, already };
}
