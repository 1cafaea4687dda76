import { desc, eq, lte } from 'drizzle-orm';
import { DEFAULT_REQUIREMENTS, type Requirements, type RequirementsBody } from '../../../contracts/training.ts';
import type { Db } from '../../db/client.ts';
import { trainingRequirements } from '../../db/schema/training.ts';
import type { ServiceContext } from '../../platform/actor.ts';
import { writeAudit } from '../../platform/audit.ts';
import { staleVersion } from '../../platform/errors.ts';

/**
 * The requirements in force for a year: its own row, else the latest earlier
 * year's (so a change made for next year leaves this year's gaps alone), else
 * the regulations' defaults. `version` is the year's own row's (0 when the year
 * was never saved), which is what an editor sends back.
 */
export async function readRequirements(db: Db, year: number): Promise<Requirements> {
  const [row] = await db
    .select()
    .from(trainingRequirements)
    .where(lte(trainingRequirements.year, year))
    .orderBy(desc(trainingRequirements.year))
    .limit(1);
  if (!row) return { year, ...DEFAULT_REQUIREMENTS, fromYear: null, version: 0 };
  return {
    year,
    memberHours: row.memberHours,
    leaderHours: row.leaderHours,
    centralizedPerYear: row.centralizedPerYear,
    newSecretaryMonths: row.newSecretaryMonths,
    fromYear: row.year,
    version: row.year === year ? row.version : 0,
  };
}

/**
 * Saves a year's requirements (training.manage). The year's own row is written;
 * earlier and later years keep theirs, so a year that inherited these figures
 * keeps inheriting and a year with its own row is untouched. `version` is the
 * year's own row's (0 when it has none yet): anything else is a stale edit.
 */
export async function putRequirements(
  tx: Db,
  ctx: ServiceContext,
  year: number,
  body: RequirementsBody,
): Promise<Requirements> {
  const before = await readRequirements(tx, year);
  const [own] = await tx
    .select({ version: trainingRequirements.version })
    .from(trainingRequirements)
    .where(eq(trainingRequirements.year, year))
    .for('update');
  const values = {
    memberHours: body.memberHours,
    leaderHours: body.leaderHours,
    centralizedPerYear: body.centralizedPerYear,
    newSecretaryMonths: body.newSecretaryMonths,
    updatedBy: ctx.actor.accountId,
  };
  if (own) {
    if (own.version !== body.version) throw staleVersion();
    await tx
      .update(trainingRequirements)
      .set({ ...values, updatedAt: new Date(), version: own.version + 1 })
      .where(eq(trainingRequirements.year, year));
  } else {
    if (body.version !== 0) throw staleVersion();
    // Two first saves of the same year: the second finds the row and is stale.
    const inserted = await tx
      .insert(trainingRequirements)
      .values({ year, ...values })
      .onConflictDoNothing()
      .returning({ year: trainingRequirements.year });
    if (inserted.length === 0) throw staleVersion();
  }
  const after = await readRequirements(tx, year);
  const figures = (r: Requirements) => ({
    memberHours: r.memberHours,
    leaderHours: r.leaderHours,
    centralizedPerYear: r.centralizedPerYear,
    newSecretaryMonths: r.newSecretaryMonths,
    fromYear: r.fromYear,
  });
  await writeAudit(tx, ctx.audit, {
    action: 'training.requirements.update',
    targetType: 'training_requirements',
    targetId: year,
    before: figures(before),
    after: figures(after),
  });
  return after;
}
