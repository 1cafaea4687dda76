import { eq } from 'drizzle-orm';
import type { AttendanceEntry, TrainingImportResult } from '../../../contracts/training.ts';
import type { Db } from '../../db/client.ts';
import { trainingEnrolments } from '../../db/schema/training.ts';
import type { ServiceContext } from '../../platform/actor.ts';
import { sessionInScope } from './access.ts';
import { assertStarted, markOf, recordAttendance, sameMark } from './attendance.ts';
import { type Localized, m, parseHours, xlsxTable } from './import-table.ts';
import { peopleByEmployeeNo, personOfRow } from './people-lookup.ts';
import { MARK_WORDS, SIGN_IN_COLUMNS, SIGN_IN_SHEET, type SignInKey } from './sign-in-sheet.ts';

/**
 * A signed sign-in sheet (签到表) for a session: every row is checked and every
 * problem reported by row and column; a commit writes all rows through the
 * attendance service (the same code path as the attendance form) or none.
 */
export async function importSignIn(
  tx: Db,
  ctx: ServiceContext,
  sessionId: number,
  mode: 'dry_run' | 'commit',
  buffer: Buffer,
  today: string,
): Promise<TrainingImportResult> {
  const s = await sessionInScope(tx, ctx.actor, sessionId);
  assertStarted(ctx, s, today);
  const table = await xlsxTable(buffer, SIGN_IN_COLUMNS, SIGN_IN_SHEET);
  const errors: TrainingImportResult['errors'] = [];
  const bad = (row: number, key: SignInKey, msg: Localized) =>
    errors.push({ row, column: table.label(key), message: msg[ctx.lang] });
  const found = await peopleByEmployeeNo(
    tx,
    table.rows.flatMap((r) => r.get('employeeNo') ?? []),
  );
  const entries: AttendanceEntry[] = [];
  const firstRow = new Map<string, number>();
  for (const r of table.rows) {
    const no = r.get('employeeNo');
    let personId: number | null = null;
    if (no === null) bad(r.row, 'employeeNo', m('必填', 'is required'));
    else if (firstRow.has(no)) {
      bad(r.row, 'employeeNo', m(`与第 ${firstRow.get(no)} 行重复`, `repeats row ${firstRow.get(no)}`));
    } else {
      firstRow.set(no, r.row);
      const p = personOfRow(found, ctx.actor, no, r.get('name'));
      if ('id' in p) personId = p.id;
      else bad(r.row, p.column, p.message);
    }
    const word = r.get('mark');
    const reason = r.get('reason');
    const hoursText = r.get('hours');
    let entry: Omit<AttendanceEntry, 'personId'> | null = null;
    if (word === null) bad(r.row, 'mark', m('必填', 'is required'));
    else if (word === MARK_WORDS.attended) {
      let hours: number | null = null;
      if (hoursText !== null) {
        const h = parseHours(hoursText, s.creditHours);
        if (typeof h === 'number') hours = h;
        else bad(r.row, 'hours', h);
      }
      entry = { status: 'attended', hours };
    } else if (word === MARK_WORDS.absent || word === MARK_WORDS.leave) {
      const why = reason ?? (word === MARK_WORDS.leave ? '请假' : null);
      if (why === null) bad(r.row, 'reason', m('缺席须填写原因', 'is required for an absence'));
      else if (why.length > 200) bad(r.row, 'reason', m('不能超过200字', 'at most 200 characters'));
      if (hoursText !== null) bad(r.row, 'hours', m('缺席或请假不认定学时', 'no hours for an absence'));
      entry = { status: 'absent', absenceReason: why };
    } else {
      bad(
        r.row,
        'mark',
        m(`须为${Object.values(MARK_WORDS).join('、')}之一`, `must be one of ${Object.values(MARK_WORDS).join(', ')}`),
      );
    }
    if (personId !== null && entry !== null) entries.push({ personId, ...entry });
  }
  errors.sort((a, b) => a.row - b.row || (a.column ?? '').localeCompare(b.column ?? ''));
  const result = { mode, rows: table.rows.length, committed: false, inserted: 0, updated: 0, unchanged: 0, errors };
  if (errors.length > 0) return result;
  if (mode === 'commit') {
    const outcome = await recordAttendance(tx, ctx, sessionId, entries, today, 'sign_in_import');
    return { ...result, ...outcome, committed: true };
  }
  // A dry run tells what a commit would do, judged the same way as the attendance service.
  const existing = new Map(
    (await tx.select().from(trainingEnrolments).where(eq(trainingEnrolments.sessionId, sessionId))).map((e) => [
      e.personId,
      e,
    ]),
  );
  for (const e of entries) {
    const mark = markOf(e, s.creditHours);
    const old = existing.get(e.personId);
    if (!old) result.inserted += 1;
    else if (sameMark(old, mark)) result.unchanged += 1;
    else result.updated += 1;
  }
  return result;
}
