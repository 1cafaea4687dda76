import type { FastifyRequest } from 'fastify';
import type { Db } from '../../db/client.ts';
import { serviceContext } from '../../platform/access.ts';
import { readRecordSettings } from '../compliance/context.ts';
import { localDate } from '../compliance/periods.ts';
import { unitPathWithin } from '../records/access.ts';
import { concernReach } from './reach.ts';

/** What every concern route needs: the caller, their reach, today and the time zone. */
export async function concernScope(db: Db, req: FastifyRequest) {
  const ctx = serviceContext(req);
  const { value: settings } = await readRecordSettings(db);
  const today = localDate(new Date(), settings.timeZone);
  const reach = await concernReach(db, ctx.actor, today);
  return { ctx, reach, today, timeZone: settings.timeZone };
}

/** The reach cut to a chosen unit (404 when the unit is out of reach), or the whole reach. */
export async function pathsUnder(db: Db, reach: string[], unitId: number | undefined): Promise<string[]> {
  return unitId ? [await unitPathWithin(db, reach, unitId)] : reach;
}
