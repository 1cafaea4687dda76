import { and, eq, inArray } from 'drizzle-orm';
import type { TrainingImportResult } from '../../../contracts/training.ts';
import type { Db } from '../../db/client.ts';
import { onlineCourseHours } from '../../db/schema/training.ts';
import type { ServiceContext } from '../../platform/actor.ts';
import { writeAudit } from '../../platform/audit.ts';
import { parseDate } from '../imports/cells.ts';
import { csvTable, type Localized, m, parseHours, type Table, xlsxTable } from './import-table.ts';
import { ONLINE_COLUMNS, ONLINE_SHEET, type OnlineKey } from './online-hours.ts';
import { peopleByEmployeeNo, personOfRow } from './people-lookup.ts';

/**
 * A learning platform's export of completed courses (CSV or xlsx). A row whose
 * (person, platform, course, completion date) is already stored with the same
 * hours is unchanged, with other hours updated; everything is checked first and
 * a commit writes all rows or none.
 */
interface Good {
  personId: number;
  platform: string;
  course: string;
  completedOn: string;
  hours: number;
}
const keyOf = (g: Omit<Good, 'hours'>) => JSON.stringify([g.personId, g.platform, g.course, g.completedOn]);

export async function importOnlineHours(
  tx: Db,
  ctx: ServiceContext,
  mode: 'dry_run' | 'commit',
  file: { data: Buffer; csv: boolean },
  today: string,
): Promise<TrainingImportResult> {
  const table: Table<OnlineKey> = file.csv
    ? csvTable(file.data, ONLINE_COLUMNS)
    : await xlsxTable(file.data, ONLINE_COLUMNS, ONLINE_SHEET);
  const errors: TrainingImportResult['errors'] = [];
  const bad = (row: number, key: OnlineKey, msg: Localized) =>
    errors.push({ row, column: table.label(key), message: msg[ctx.lang] });
  const found = await peopleByEmployeeNo(
    tx,
    table.rows.flatMap((r) => r.get('employeeNo') ?? []),
  );
  const good: Good[] = [];
  const firstRow = new Map<string, number>();
  for (const r of table.rows) {
    const required = (key: OnlineKey) => {
      const v = r.get(key);
      if (v === null) bad(r.row, key, m('必填', 'is required'));
      return v;
    };
    const no = required('employeeNo');
    let personId: number | null = null;
    if (no !== null) {
      const p = personOfRow(found, ctx.actor, no, r.get('name'));
      if ('id' in p) personId = p.id;
      else bad(r.row, p.column, p.message);
    }
    const platform = required('platform');
    if (platform !== null && platform.length > 100)
      bad(r.row, 'platform', m('不能超过100字', 'at most 100 characters'));
    const course = required('course');
    if (course !== null && course.length > 300) bad(r.row, 'course', m('不能超过300字', 'at most 300 characters'));
    const dateText = required('completedOn');
    let completedOn: string | null = null;
    if (dateText !== null) {
      completedOn = parseDate(dateText);
      if (completedOn === null) bad(r.row, 'completedOn', m('须为日期（YYYY-MM-DD）', 'must be a date (YYYY-MM-DD)'));
      else if (completedOn > today) {
        bad(r.row, 'completedOn', m('不能晚于今天', 'cannot be in the future'));
        completedOn = null;
      }
    }
    const hoursText = required('hours');
    let hours: number | null = null;
    if (hoursText !== null) {
      const h = parseHours(hoursText, 999.9);
      if (typeof h !== 'number') bad(r.row, 'hours', h);
      else if (h <= 0) bad(r.row, 'hours', m('须大于 0', 'must be greater than 0'));
      else hours = h;
    }
    if (personId === null || platform === null || course === null || completedOn === null || hours === null) continue;
    const g = { personId, platform, course, completedOn, hours };
    const k = keyOf(g);
    if (firstRow.has(k)) {
      bad(
        r.row,
        'course',
        m(`与第 ${firstRow.get(k)} 行重复（同一人、平台、课程、完成日期）`, `repeats row ${firstRow.get(k)}`),
      );
      continue;
    }
    firstRow.set(k, r.row);
    good.push(g);
  }
  errors.sort((a, b) => a.row - b.row || (a.column ?? '').localeCompare(b.column ?? ''));
  const result = { mode, rows: table.rows.length, committed: false, inserted: 0, updated: 0, unchanged: 0, errors };
  if (errors.length > 0) return result;
  const existing = new Map<string, { id: number; hours: number }>();
  const ids = [...new Set(good.map((g) => g.personId))];
  for (let i = 0; i < ids.length; i += 5000) {
    const rows = await tx
      .select()
      .from(onlineCourseHours)
      .where(inArray(onlineCourseHours.personId, ids.slice(i, i + 5000)));
    for (const r of rows) existing.set(keyOf(r), { id: Number(r.id), hours: Number(r.hours) });
  }
  const fresh: Good[] = [];
  const changed: { id: number; hours: number }[] = [];
  for (const g of good) {
    const old = existing.get(keyOf(g));
    if (!old) fresh.push(g);
    else if (old.hours === g.hours) result.unchanged += 1;
    else changed.push({ id: old.id, hours: g.hours });
  }
  result.inserted = fresh.length;
  result.updated = changed.length;
  if (mode === 'dry_run') return result;
  for (let i = 0; i < fresh.length; i += 1000) {
    await tx
      .insert(onlineCourseHours)
      .values(fresh.slice(i, i + 1000).map((g) => ({ ...g, importedBy: ctx.actor.accountId })));
  }
  for (const c of changed) {
    await tx
      .update(onlineCourseHours)
      .set({ hours: c.hours, importedBy: ctx.actor.accountId, importedAt: new Date() })
      .where(and(eq(onlineCourseHours.id, c.id)));
  }
  await writeAudit(tx, ctx.audit, {
    action: 'training.online_import',
    targetType: 'online_course_hours',
    detail: {
      format: file.csv ? 'csv' : 'xlsx',
      rows: result.rows,
      inserted: result.inserted,
      updated: result.updated,
      unchanged: result.unchanged,
    },
  });
  return { ...result, committed: true };
}
