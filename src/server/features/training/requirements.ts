import { desc, lte } from 'drizzle-orm';
import { DEFAULT_REQUIREMENTS, type Requirements } from '../../../contracts/training.ts';
import type { Db } from '../../db/client.ts';
import { trainingRequirements } from '../../db/schema/training.ts';

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
