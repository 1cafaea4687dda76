import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { fileTestEnv } from '../../../../tests/helpers/app.ts';
import { buildGolden, figuresOf, frac, type Golden } from '../../../../tests/helpers/golden.ts';
import type { ComplianceSummary } from '../../../contracts/compliance.ts';

/**
 * Golden figures: the hand-built dataset of tests/helpers/golden.ts, judged by
 * the preset counselor rules. Every expectation is worked out by hand from the
 * records listed there (P1…P6 are the pairings).
 */
const env = fileTestEnv();
let g: Golden;
beforeAll(async () => {
  g = await buildGolden(env);
});

const summary = async (period: string, unitId = g.cityId) => {
  const res = await g.admin.get<ComplianceSummary>(
    `/api/compliance/summary?schemeId=${g.schemeId}&unitId=${unitId}&period=${period}`,
  );
  expect(res.status).toBe(200);
  return res.body;
};
const brief = (f: ReturnType<typeof figuresOf>) => ({
  subjects: f.subjects,
  met: f.met,
  due: f.due,
  overdue: f.overdue,
  notYetDue: f.notYetDue,
  participation: frac(f.participation),
  completion: frac(f.completion),
  personTimes: f.personTimes,
});

describe('golden figures of 2025-Q3 for the city', () => {
  it('monthly meeting: P1 and P2 (23:59 on 30 September) met; P3 lacks an item; P4 is in October; P5 has none', async () => {
    const f = figuresOf(await summary('2025-Q3'), 'counselor.monthly_meeting');
    // P6 ended on 30 June, so it is no subject of the third quarter.
    expect(brief(f)).toEqual({
      subjects: 5,
      met: 2,
      due: 0,
      overdue: 3,
      notYetDue: 0,
      participation: '3/5',
      completion: '2/5',
      personTimes: 3,
    });
    expect(f.participation.value).toBeCloseTo(0.6, 6);
    expect(f.completion.value).toBeCloseTo(0.4, 6);
  });

  it('coaching: only P1 (by video, which the rule allows); P3 coached at 23:59 on 30 June, the quarter before', async () => {
    const f = figuresOf(await summary('2025-Q3'), 'counselor.coaching');
    expect(brief(f)).toMatchObject({ subjects: 5, met: 1, overdue: 4, participation: '1/5', completion: '1/5' });
  });

  it('yearly rules are judged over 2025, with the pairing ended in June among the subjects', async () => {
    const s = await summary('2025-Q3');
    // Field stay, on site only: P1 and P6 met; P2's stay was by video (participated, not met).
    expect(brief(figuresOf(s, 'counselor.field_stay'))).toEqual({
      subjects: 6,
      met: 2,
      due: 0,
      overdue: 4,
      notYetDue: 0,
      participation: '3/6',
      completion: '2/6',
      personTimes: 3,
    });
    // Practical deed: P4 at 23:59:59 on 31 December counts; P5's at 00:00 on 1 January 2026 does not.
    expect(brief(figuresOf(s, 'counselor.practical_deed'))).toMatchObject({
      subjects: 6,
      met: 1,
      participation: '1/6',
      completion: '1/6',
    });
    expect(brief(figuresOf(s, 'counselor.organizational_life'))).toMatchObject({
      subjects: 6,
      met: 0,
      overdue: 6,
      participation: '0/6',
      personTimes: 0,
    });
  });

  it('drills down to the two counties, whose figures add up to the city', async () => {
    const s = await summary('2025-Q3');
    const monthly = figuresOf(s, 'counselor.monthly_meeting').rule.id;
    const of = (unitId: number) => {
      const child = s.children.find((c) => c.unit.id === unitId)!;
      const f = child.rules.find((r) => r.ruleId === monthly)!;
      return { subjects: f.subjects, met: f.met, participation: frac(f.participation), completion: frac(f.completion) };
    };
    expect(s.children.map((c) => c.unit.code)).toEqual(['GD01', 'GD02']);
    expect(of(g.countyIds[0])).toEqual({ subjects: 2, met: 2, participation: '2/2', completion: '2/2' });
    expect(of(g.countyIds[1])).toEqual({ subjects: 3, met: 0, participation: '1/3', completion: '0/3' });
    // One level further: the outlets of the western county.
    const county = await summary('2025-Q3', g.countyIds[1]);
    expect(county.children.map((c) => c.unit.code)).toEqual(['GD0201', 'GD0202', 'GD0203']);
    expect(frac(figuresOf(county, 'counselor.monthly_meeting').participation)).toBe('1/3');
  });

  it('the matrix gives each pairing its done/required and status per rule', async () => {
    const res = await g.admin.get<{
      rules: { id: number; code: string }[];
      rows: {
        total: number;
        items: {
          subject: { id: number };
          cells: { ruleId: number; required: number; done: number; status: string }[];
        }[];
      };
    }>(`/api/compliance/matrix?schemeId=${g.schemeId}&unitId=${g.cityId}&period=2025`);
    expect(res.status).toBe(200);
    const ruleId = (code: string) => res.body.rules.find((r) => r.code === code)!.id;
    const cell = (pairing: number, code: string) => {
      const row = res.body.rows.items.find((i) => i.subject.id === pairing)!;
      const c = row.cells.find((x) => x.ruleId === ruleId(code))!;
      return `${c.done}/${c.required} ${c.status}`;
    };
    expect(res.body.rows.total).toBe(6);
    // Over the year the quarterly rule asks four meetings of P1, two of P6 (paired until June).
    expect(cell(g.pairings.P1, 'counselor.monthly_meeting')).toBe('1/4 overdue');
    expect(cell(g.pairings.P6, 'counselor.monthly_meeting')).toBe('0/2 overdue');
    // P4's October meeting counts in the fourth quarter.
    expect(cell(g.pairings.P4, 'counselor.monthly_meeting')).toBe('1/4 overdue');
    expect(cell(g.pairings.P6, 'counselor.field_stay')).toBe('1/1 met');
    expect(cell(g.pairings.P2, 'counselor.field_stay')).toBe('0/1 overdue');
  });

  it('filters the matrix by status and lists every overdue subject and rule', async () => {
    const met = await g.admin.get<{ rows: { total: number; items: { subject: { id: number } }[] } }>(
      `/api/compliance/matrix?schemeId=${g.schemeId}&unitId=${g.cityId}&period=2025-Q3&status=met`,
    );
    // Subjects with a met cell: P1 (meeting, coaching, stay), P2 (meeting), P4 (deed), P6 (stay).
    expect(met.body.rows.items.map((i) => i.subject.id).sort((a, b) => a - b)).toEqual(
      [g.pairings.P1, g.pairings.P2, g.pairings.P4, g.pairings.P6].sort((a, b) => a - b),
    );
    const overdue = await g.admin.get<{ total: number }>(
      `/api/compliance/overdue?schemeId=${g.schemeId}&unitId=${g.cityId}&period=2025-Q3&pageSize=5`,
    );
    // 3 meetings + 4 coaching + 4 stays + 5 deeds + 6 organizational lives.
    expect(overdue.body.total).toBe(22);
  });

  it('exports the matrix as a workbook with the same cells', async () => {
    const res = await g.admin.get<Buffer>(
      `/api/compliance/export?schemeId=${g.schemeId}&unitId=${g.cityId}&period=2025-Q3`,
    );
    expect(res.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.body as unknown as ArrayBuffer);
    const sheet = wb.worksheets[0]!;
    const values = (sheet.getRow(1).values as unknown[]).slice(1).map(String);
    const meetingCol = values.findIndex((v) => v.startsWith('每季度至少列席一次')) + 1;
    const cells: string[] = [];
    sheet.eachRow((row, n) => {
      if (n > 1) cells.push(row.getCell(meetingCol).text);
    });
    expect(cells.sort()).toEqual(['0/1', '0/1', '0/1', '1/1', '1/1', ''].sort());
  });
});
