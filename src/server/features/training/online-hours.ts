import { and, desc, eq, sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import type { OnlineHoursItem } from '../../../contracts/training.ts';
import type { Db } from '../../db/client.ts';
import { people } from '../../db/schema/people.ts';
import { onlineCourseHours } from '../../db/schema/training.ts';
import { units } from '../../db/schema/units.ts';
import type { Actor } from '../../platform/actor.ts';
import { inScope, underPaths } from '../../platform/scope.ts';
import type { ImportColumn } from './import-table.ts';

/** Online-course hours: the layout of the import (template and parser share it) and the list. */
export const ONLINE_SHEET = '线上学时';
export type OnlineKey = 'employeeNo' | 'name' | 'platform' | 'course' | 'completedOn' | 'hours';
export const ONLINE_COLUMNS: readonly ImportColumn<OnlineKey>[] = [
  { key: 'employeeNo', header: '工号', required: true },
  { key: 'name', header: '姓名', required: false },
  { key: 'platform', header: '学习平台', required: true },
  { key: 'course', header: '课程名称', required: true },
  { key: 'completedOn', header: '完成日期', required: true, date: true },
  { key: 'hours', header: '学时', required: true },
];
/** A list answers at most this many rows (newest first); narrow by unit or person for more. */
export const ONLINE_LIST_LIMIT = 5000;

export async function listOnlineHours(
  db: Db,
  actor: Actor,
  q: { year: number; unitId?: number | undefined; personId?: number | undefined },
): Promise<OnlineHoursItem[]> {
  let under = undefined as ReturnType<typeof underPaths> | undefined;
  if (q.unitId !== undefined) {
    const [u] = await db.select({ path: units.path }).from(units).where(eq(units.id, q.unitId));
    if (!u) return [];
    under = underPaths(people.unitPath, [u.path]);
  }
  const rows = await db
    .select({
      id: onlineCourseHours.id,
      personId: people.id,
      name: people.name,
      employeeNo: people.employeeNo,
      platform: onlineCourseHours.platform,
      course: onlineCourseHours.course,
      completedOn: onlineCourseHours.completedOn,
      hours: onlineCourseHours.hours,
    })
    .from(onlineCourseHours)
    .innerJoin(people, eq(people.id, onlineCourseHours.personId))
    .where(
      and(
        inScope(people.unitPath, actor),
        under,
        q.personId === undefined ? undefined : eq(people.id, q.personId),
        sql`${onlineCourseHours.completedOn} between ${`${q.year}-01-01`}::date and ${`${q.year}-12-31`}::date`,
      ),
    )
    .orderBy(desc(onlineCourseHours.completedOn), people.employeeNo, onlineCourseHours.id)
    .limit(ONLINE_LIST_LIMIT);
  return rows.map((r) => ({
    id: Number(r.id),
    person: { id: r.personId, name: r.name },
    employeeNo: r.employeeNo,
    platform: r.platform,
    course: r.course,
    completedOn: r.completedOn,
    hours: Number(r.hours),
  }));
}

/** The blank import workbook: the columns (required ones marked "*") and a guide sheet. */
export async function onlineTemplate(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(ONLINE_SHEET);
  ws.columns = ONLINE_COLUMNS.map((c) => ({
    header: c.required ? `${c.header}*` : c.header,
    width: c.key === 'course' ? 36 : c.key === 'platform' ? 18 : 12,
  }));
  ws.getRow(1).font = { bold: true };
  ws.getColumn(5).numFmt = 'yyyy-mm-dd';
  const guide = wb.addWorksheet('填写说明');
  guide.columns = [{ width: 90 }];
  for (const line of [
    '每行一门已完成的课程；也可直接导入学习平台导出的 CSV（UTF-8）或 xlsx，只要表头包含以下列。',
    '工号*：系统中的人员工号；姓名：填写时须与工号一致。',
    '学习平台*、课程名称*：如“网络学院”“学习强国”。',
    '完成日期*：YYYY-MM-DD 或 Excel 日期，不能晚于今天。',
    '学时*：大于 0，最多一位小数。',
    '同一人同一平台同一课程同一完成日期重复导入不会重复计入：学时相同视为未变，不同则更新。',
  ]) {
    guide.addRow([line]);
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}
