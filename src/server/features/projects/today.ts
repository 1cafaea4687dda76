import type { FastifyRequest } from 'fastify';
import type { Db } from '../../db/client.ts';
import { serviceContext } from '../../platform/access.ts';
import { readRecordSettings } from '../compliance/context.ts';
import { localDate } from '../compliance/periods.ts';

/** The request's service context, the enterprise's time zone and its "today", computed by the route. */
export async function contextAndToday(db: Db, req: FastifyRequest) {
  const ctx = serviceContext(req);
  const { value } = await readRecordSettings(db);
  return { ctx, today: localDate(new Date(), value.timeZone), timeZone: value.timeZone };
}
