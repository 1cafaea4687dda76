import type { FastifyRequest } from 'fastify';
import type { Lang } from '../../../contracts/i18n.ts';
import type { Db } from '../../db/client.ts';
import { serviceContext } from '../../platform/access.ts';
import { invalidField } from '../../platform/errors.ts';
import { readRecordSettings } from '../compliance/context.ts';
import { localDate } from '../compliance/periods.ts';

/** What the register's routes need: the caller, the enterprise time zone and today there. */
export async function registerScope(db: Db, req: FastifyRequest) {
  const ctx = serviceContext(req);
  const { value } = await readRecordSettings(db);
  return { ctx, timeZone: value.timeZone, today: localDate(new Date(), value.timeZone) };
}

/** Refuses a date outside the template's year or after today (in the enterprise time zone). */
export function assertDateInYear(lang: Lang, field: string, date: string, year: number, today: string): void {
  if (!date.startsWith(`${year}-`)) {
    throw invalidField(lang, field, 'out_of_year', {
      'zh-CN': `须在 ${year} 年内`,
      'en-US': `must lie within ${year}`,
    });
  }
  if (date > today) {
    throw invalidField(lang, field, 'future', { 'zh-CN': '不能晚于今天', 'en-US': 'cannot be in the future' });
  }
}

export const ref = (id: number | null, name: string | null) => (id === null ? null : { id, name: name ?? '' });
