import ExcelJS from 'exceljs';
import type { Db } from '../../db/client.ts';
import type { Actor } from '../../platform/actor.ts';
import { listEnrolments } from './enrolments.ts';
import type { ImportColumn } from './import-table.ts';
import { readSession } from './session-read.ts';

/** The sign-in sheet of a session: its layout (shared by the template and the import) and the prefilled template. */
export const SIGN_IN_SHEET = '签到表';
export type SignInKey = 'employeeNo' | 'name' | 'unit' | 'mark' | 'reason' | 'hours';
export const SIGN_IN_COLUMNS: readonly ImportColumn<SignInKey>[] = [
  { key: 'employeeNo', header: '工号', required: true },
  { key: 'name', header: '姓名', required: false },
  { key: 'unit', header: '单位', required: false },
  { key: 'mark', header: '签到', required: true },
  { key: 'reason', header: '缺席原因', required: false },
  { key: 'hours', header: '学时', required: false },
];
export const MARK_WORDS = { attended: '出席', absent: '缺席', leave: '请假' } as const;

/** A workbook listing the session's enrolled people (current marks filled in), ready to be signed and imported back. */
export async function signInTemplate(db: Db, actor: Actor, sessionId: number) {
  const session = await readSession(db, actor, sessionId);
  const enrolled = await listEnrolments(db, actor, sessionId);
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(SIGN_IN_SHEET);
  ws.columns = SIGN_IN_COLUMNS.map((c) => ({
    header: c.required ? `${c.header}*` : c.header,
    width: c.key === 'unit' || c.key === 'reason' ? 24 : 12,
  }));
  ws.getRow(1).font = { bold: true };
  for (const e of enrolled) {
    const mark =
      e.status === 'attended'
        ? MARK_WORDS.attended
        : e.status === 'absent'
          ? e.absenceReason === '请假'
            ? MARK_WORDS.leave
            : MARK_WORDS.absent
          : null;
    ws.addRow([
      e.employeeNo,
      e.name,
      e.unit.name,
      mark,
      e.status === 'absent' && e.absenceReason !== '请假' ? e.absenceReason : null,
      e.status === 'attended' ? e.hours : null,
    ]);
  }
  const last = Math.max(enrolled.length + 1, 200);
  for (let r = 2; r <= last; r += 1) {
    ws.getCell(`D${r}`).dataValidation = {
      type: 'list',
      allowBlank: true,
      formulae: [`"${Object.values(MARK_WORDS).join(',')}"`],
    };
  }
  const guide = wb.addWorksheet('填写说明');
  guide.columns = [{ width: 90 }];
  for (const line of [
    `培训班次：${session.title}（${session.startsOn} 至 ${session.endsOn}，${session.creditHours} 学时）`,
    '签到：出席、缺席或请假。请假按缺席记录，原因为“请假”（填写缺席原因时以其为准）。',
    '缺席须填写缺席原因。',
    `学时：出席时认定的学时，不填则按班次学时 ${session.creditHours}；不能超过班次学时。`,
    '工号须为系统中的人员，姓名须与工号一致；同一工号只能出现一次。',
  ]) {
    guide.addRow([line]);
  }
  return { session, body: Buffer.from(await wb.xlsx.writeBuffer()) };
}
