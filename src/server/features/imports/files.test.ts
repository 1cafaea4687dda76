import { randomBytes } from 'node:crypto';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { fileTestEnv } from '../../../../tests/helpers/app.ts';
import { fileOf, sheetOf, snapshot, upload, xlsxOf } from '../../../../tests/helpers/upload.ts';
import type { ApiError } from '../../../contracts/errors.ts';
import { IMPORT_LIMITS } from '../../../contracts/imports.ts';
import { SHEET_NAMES, SHEETS } from '../../../contracts/registry-sheets.ts';

const env = fileTestEnv();

const person = (employeeNo: string) => ({
  employeeNo,
  name: '测试',
  gender: '女',
  unitCode: 'JN010101',
  cadreGrade: '一般员工',
  employmentStatus: '在职',
  partyStatus: '非党员',
});

describe('whole-file refusals change nothing', () => {
  const cases: [string, () => Promise<Buffer>, string, Record<string, unknown>?][] = [
    ['random bytes', async () => randomBytes(4096), 'IMPORT_NOT_XLSX'],
    [
      'a zip that is no workbook',
      async () => Buffer.concat([Buffer.from('PK\x03\x04'), randomBytes(2000)]),
      'IMPORT_NOT_XLSX',
    ],
    [
      'a workbook with another sheet name',
      () => xlsxOf('Sheet1', sheetOf('people', [person('IMPX1')])),
      'IMPORT_WRONG_SHEET',
    ],
    [
      'a sheet without a required column',
      () =>
        fileOf(
          'people',
          [person('IMPX2')],
          ['employeeNo', 'name', 'unitCode', 'cadreGrade', 'employmentStatus', 'partyStatus'],
        ),
      'IMPORT_MISSING_COLUMNS',
    ],
    ['a header-only sheet', () => fileOf('people', []), 'IMPORT_EMPTY'],
    ['an empty sheet', () => xlsxOf(SHEET_NAMES.people, []), 'IMPORT_MISSING_COLUMNS'],
  ];
  for (const [what, make, code] of cases) {
    it(`refuses ${what} with ${code}`, async () => {
      const admin = await env.as('admin');
      const before = await snapshot(env.database);
      for (const mode of ['dry_run', 'commit'] as const) {
        const res = await upload<ApiError>(admin, 'people', mode, await make());
        expect(res.status).toBe(400);
        expect(res.body.code).toBe(code);
      }
      expect(await snapshot(env.database)).toEqual(before);
    });
  }

  it('names the wrong sheet and the missing columns', async () => {
    const admin = await env.as('admin');
    const wrong = await upload<ApiError>(admin, 'units', 'dry_run', await xlsxOf('Sheet1', [['机构编码']]));
    expect(wrong.body.message).toContain('“机构”');
    const missing = await upload<ApiError>(
      admin,
      'people',
      'dry_run',
      await fileOf('people', [person('X')], ['employeeNo', 'name']),
    );
    expect(missing.body.message).toBe('缺少必填列：性别、所属机构编码、干部层级、用工状态、政治面貌');
  });

  it('refuses more than the row limit', async () => {
    const admin = await env.as('admin');
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet(SHEET_NAMES.units);
    ws.addRow(['机构编码', '机构名称', '机构类型', '上级机构编码']);
    for (let i = 0; i <= IMPORT_LIMITS.maxRows; i++) ws.addRow([`Z${i}`, 'n', '网点', 'JN0101']);
    const res = await upload<ApiError>(admin, 'units', 'dry_run', Buffer.from(await wb.xlsx.writeBuffer()));
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('IMPORT_TOO_MANY_ROWS');
  }, 120_000);

  it('answers 413 IMPORT_TOO_LARGE to a body over the limit', async () => {
    const admin = await env.as('admin');
    const before = await snapshot(env.database);
    const big = Buffer.alloc(IMPORT_LIMITS.maxBytes + 1024, 1);
    const res = await upload<ApiError>(admin, 'people', 'commit', big);
    expect(res.status).toBe(413);
    expect(res.body.code).toBe('IMPORT_TOO_LARGE');
    expect(res.body.message).toContain('50 MB');
    const octet = await upload<ApiError>(admin, 'people', 'commit', big, { contentType: 'application/octet-stream' });
    expect(octet.body.code).toBe('IMPORT_TOO_LARGE');
    expect(await snapshot(env.database)).toEqual(before);
  });

  it('answers 413 IMPORT_TOO_LARGE to a streamed body without a declared length', async () => {
    const admin = await env.as('admin');
    const chunk = new Uint8Array(1024 * 1024).fill(7);
    let sent = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent > IMPORT_LIMITS.maxBytes) controller.close();
        else {
          sent += chunk.length;
          controller.enqueue(chunk);
        }
      },
    });
    const init = {
      method: 'POST',
      headers: {
        'content-type': 'application/octet-stream',
        cookie: [...admin.cookies].map(([k, v]) => `${k}=${v}`).join('; '),
        'x-csrf-token': admin.csrfToken ?? '',
      },
      body,
      duplex: 'half',
    };
    const res = await fetch(`${admin.baseUrl}/api/imports/people?mode=dry_run`, init as RequestInit);
    expect(res.status).toBe(413);
    expect(((await res.json()) as ApiError).code).toBe('IMPORT_TOO_LARGE');
  });

  it('refuses a JSON body as no workbook', async () => {
    const admin = await env.as('admin');
    const res = await admin.post<ApiError>('/api/imports/people?mode=dry_run', { rows: [] });
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('IMPORT_NOT_XLSX');
  });
});

describe('reading the sheet', () => {
  it('matches headers by text in any order, ignores unknown columns and blank rows, finds the sheet anywhere', async () => {
    const admin = await env.as('admin');
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('说明').addRow(['这一页不是数据']);
    const ws = wb.addWorksheet(SHEET_NAMES.people);
    ws.addRow(['备注', ' 姓名 *', '工号*', '政治面貌', '性别', '用工状态', '干部层级', '所属机构编码', '所属机构名称']);
    ws.addRow(['随便写', '甲', 'IMPR1', '非党员', '男', '在职', '一般员工', 'JN010101', '这一列只供阅读']);
    ws.addRow([]);
    ws.addRow(['', '', '', '', '', '', '', '', '']);
    ws.addRow([null, '乙', 'IMPR2', '非党员', '不详', '在职', '一般员工', 'JN010101']);
    const res = await upload(admin, 'people', 'dry_run', Buffer.from(await wb.xlsx.writeBuffer()));
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toMatchObject({ rows: 2, inserted: 1, problemCount: 1 });
    expect(res.body.problems).toEqual([
      expect.objectContaining({ row: 5, column: 'E 性别', field: 'gender', reason: 'invalid_enum' }),
    ]);
  });

  it('reads a filled-in template', async () => {
    const admin = await env.as('admin');
    const template = await admin.get<Buffer>('/api/imports/people/template');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(template.body as unknown as ExcelJS.Buffer);
    const ws = wb.getWorksheet(SHEET_NAMES.people)!;
    const keys = SHEETS.people.filter((c) => !c.exportOnly).map((c) => c.key);
    const record: Record<string, string> = { ...person('IMPT1'), hiredOn: '2019-07-01', phone: '13800001111' };
    ws.getRow(2).values = keys.map((k) => record[k] ?? null);
    const res = await upload(admin, 'people', 'dry_run', Buffer.from(await wb.xlsx.writeBuffer()));
    expect(res.body).toMatchObject({ rows: 1, inserted: 1, problems: [] });
  });
});

describe('access', () => {
  it('is for registry managers only', async () => {
    const leader = await env.as('leader');
    const file = await fileOf('people', [person('IMPX3')]);
    expect((await upload(leader, 'people', 'dry_run', file)).status).toBe(403);
    expect((await leader.get('/api/imports/people/template')).status).toBe(403);
  });

  it('documents the routes in /api/docs', async () => {
    const anon = env.client();
    const docs = await anon.get<{ paths: Record<string, Record<string, { requestBody?: { content: object } }>> }>(
      '/api/docs',
    );
    const post = docs.body.paths['/api/imports/{kind}']?.post;
    expect(Object.keys(post?.requestBody?.content ?? {})).toContain(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect(docs.body.paths['/api/imports/{kind}/template']?.get).toBeDefined();
  });
});

describe('templates', () => {
  for (const kind of ['units', 'party_orgs', 'people'] as const) {
    it(`gives the ${kind} template with its sheets, headers and drop-downs`, async () => {
      const admin = await env.as('admin');
      const res = await admin.get<Buffer>(`/api/imports/${kind}/template`);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toContain('spreadsheetml');
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(res.body as unknown as ExcelJS.Buffer);
      expect(wb.worksheets.map((w) => w.name)).toEqual([SHEET_NAMES[kind], '填写说明', '选项']);
      const data = wb.getWorksheet(SHEET_NAMES[kind])!;
      const columns = SHEETS[kind].filter((c) => !c.exportOnly);
      const header = (data.getRow(1).values as unknown[]).slice(1);
      expect(header).toEqual(columns.map((c) => (c.required ? `${c.header}*` : c.header)));
      expect(data.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect(wb.getWorksheet('选项')!.state).toBe('hidden');
      const enumAt = columns.findIndex((c) => c.enumName);
      const dv = data.getCell(3, enumAt + 1).dataValidation;
      expect(dv.type).toBe('list');
      expect(String(dv.formulae[0])).toContain('选项');
      const guide = wb.getWorksheet('填写说明')!;
      expect(guide.getRow(2).getCell(1).value).toBe(columns[0]!.header);
      expect(guide.getRow(2).getCell(4).value).toBe(columns[0]!.example);
    });
  }

  it('offers the enterprise vocabulary for unit kinds, and an unchanged template imports as empty', async () => {
    const admin = await env.as('admin');
    const res = await admin.get<Buffer>('/api/imports/units/template');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.body as unknown as ExcelJS.Buffer);
    const options = wb.getWorksheet('选项')!;
    expect(options.getColumn(1).values.slice(1)).toEqual([
      '机构类型',
      '总行',
      '省分行',
      '二级分行',
      '支行',
      '网点',
      '部门',
      '科室',
    ]);
    const empty = await upload<ApiError>(admin, 'units', 'dry_run', res.body);
    expect(empty.body.code).toBe('IMPORT_EMPTY');
  });
});
