import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { idNumberCheckChar } from '../../src/contracts/id-number.ts';
import type { Rollup } from '../../src/contracts/registry.ts';
import { SHEET_NAMES, SHEETS } from '../../src/contracts/registry-sheets.ts';
import type { UnitListItem } from '../../src/contracts/units.ts';
import { DESKTOP, e2eSession, newContext, PHONE, screenshotPath, signIn } from './harness.ts';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The figure a card shows ("在职员工 11,112" → 11112). */
async function cardNumber(page: Page, key: string): Promise<number> {
  const text = await page.getByTestId(`rollup-${key}`).innerText();
  return Number(text.replace(/[^\d]/g, ''));
}

const COUNT_KEYS = [
  'units',
  'outlets',
  'staff',
  'membersFull',
  'membersProbationary',
  'partyOrgs',
  'blankOutlets',
  'membersExternal',
] as const;

/** A valid mainland ID number for a birth date and sequence, with its check character. */
function idNumber(birth: string, seq: number): string {
  const first17 = `110101${birth}${String(seq).padStart(3, '0')}`;
  return first17 + idNumberCheckChar(first17);
}

/** The people sheet as the template lays it out (required headers marked "*"), filled with records by column key. */
async function peopleWorkbook(records: Record<string, string>[]): Promise<Buffer> {
  const columns = SHEETS.people.filter((c) => !c.exportOnly);
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(SHEET_NAMES.people);
  ws.addRow(columns.map((c) => (c.required ? `${c.header}*` : c.header)));
  for (const r of records) ws.addRow(columns.map((c) => r[c.key] ?? null));
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** The rows of the problem table as [row, column, message]. */
async function problemRows(page: Page): Promise<string[][]> {
  const rows = page.getByTestId('import-problems').locator('tr.ant-table-row');
  const out: string[][] = [];
  for (const row of await rows.all()) {
    out.push((await row.locator('td').allInnerTexts()).map((s) => s.trim()));
  }
  return out;
}

describe('registry through the UI', () => {
  const session = e2eSession();

  it('shows roll-ups computed by the server and opens the list behind a figure', async () => {
    const context = await newContext(session.browser(), DESKTOP);
    const page = await context.newPage();
    await page.goto(`${session.server().url}/login`);
    await signIn(page, 'admin');
    const api = async <T>(path: string): Promise<T> => {
      const res = await page.request.get(`${session.server().url}${path}`);
      expect(res.status()).toBe(200);
      return (await res.json()) as T;
    };

    // The scope root is chosen at first; its cards show what the roll-up API computes.
    await page.locator('.ant-pro-sider').getByRole('menuitem', { name: '组织机构' }).click();
    const roots = await api<Rollup>('/api/registry/rollup');
    const root = roots.children[0]!.unit;
    const rootRollup = await api<Rollup>(`/api/registry/rollup?parentId=${root.id}`);
    await page.getByTestId('unit-panel-name').filter({ hasText: root.name }).waitFor();
    await page.getByTestId('rollup-staff').waitFor();
    for (const key of COUNT_KEYS) expect(await cardNumber(page, key), key).toBe(rootRollup.node!.counts[key]);

    // A city branch chosen in the tree: its figures, its two rates as numerator / denominator.
    const city = rootRollup.children.find((c) => c.unit.kind === 'city')!;
    await page.getByRole('tree').getByText(city.unit.name, { exact: true }).click();
    await page.getByTestId('unit-panel-name').filter({ hasText: city.unit.name }).waitFor();
    const cityRollup = await api<Rollup>(`/api/registry/rollup?parentId=${city.unit.id}`);
    await expect.poll(() => cardNumber(page, 'staff')).toBe(cityRollup.node!.counts.staff);
    for (const key of COUNT_KEYS) expect(await cardNumber(page, key), key).toBe(cityRollup.node!.counts[key]);
    const rates = await api<{ blankOutlets: { numerator: number; denominator: number } }>(
      `/api/registry/rates?unitId=${city.unit.id}`,
    );
    const rateText = await page.getByTestId('rate-blank-outlets').innerText();
    expect(rateText).toContain(
      `${rates.blankOutlets.numerator.toLocaleString('en-US')} / ${rates.blankOutlets.denominator.toLocaleString('en-US')}`,
    );
    // The children table carries the same figures per child.
    const firstChild = cityRollup.children[0]!;
    const childRow = page.getByTestId('rollup-children').locator('tr.ant-table-row').first();
    expect(await childRow.innerText()).toContain(firstChild.unit.name);
    await page.screenshot({ path: screenshotPath('registry-tree'), fullPage: true });

    // The staff figure opens the people list filtered to that subtree, with the same total.
    await page.getByTestId('rollup-staff').click();
    await page.waitForURL(
      (url) => url.pathname === '/people' && url.searchParams.get('unitId') === String(city.unit.id),
    );
    const staff = cityRollup.node!.counts.staff;
    const expected = staff > 10_000 ? '超过 10,000 条' : `共 ${staff.toLocaleString('en-US')} 条`;
    await expect.poll(() => page.getByTestId('people-total').innerText(), { timeout: 15_000 }).toContain(expected);
    await page.getByTestId('filters').getByText(city.unit.name).waitFor();
    await page.screenshot({ path: screenshotPath('registry-people'), fullPage: true });
    await context.close();
  });

  it('imports people: every problem by row and column, commit only when clean, all rows written', async () => {
    const context = await newContext(session.browser(), DESKTOP);
    const page = await context.newPage();
    await page.goto(`${session.server().url}/login`);
    await signIn(page, 'admin');
    const res = await page.request.get(`${session.server().url}/api/units/list?kind=outlet&pageSize=2`);
    const [outletA, outletB] = ((await res.json()) as { items: UnitListItem[] }).items;
    expect(outletB).toBeDefined();

    const person = (no: string, name: string, unit: string, extra: Record<string, string> = {}) => ({
      employeeNo: no,
      name,
      gender: '男',
      unitCode: unit,
      position: '柜员',
      cadreGrade: '一般员工',
      employmentStatus: '在职',
      hiredOn: '2019-07-01',
      partyStatus: '非党员',
      ...extra,
    });
    const goodId = idNumber('19900307', 451);
    const badChecksum = goodId.slice(0, 17) + (goodId[17] === '0' ? '1' : '0');
    const valid = [
      person('E2E-0001', '张晓明', outletA!.code),
      person('E2E-0002', '李晓红', outletB!.code, { gender: '女', phone: '13800001111', idNumber: goodId }),
    ];
    const broken = [
      ...valid,
      person('E2E-0003', '', outletA!.code), // row 4: no name
      person('E2E-0004', '周建新', 'NO-SUCH-UNIT'), // row 5: unknown unit
      person('E2E-0005', '吴丽华', outletA!.code, { idNumber: badChecksum }), // row 6: ID checksum
      person('E2E-0006', '郑国强', outletA!.code, { hiredOn: '2021-02-30' }), // row 7: no such date
      person('E2E-0007', '王秀兰', outletA!.code, { cadreGrade: '超级干部' }), // row 8: not a grade
      person('E2E-0001', '陈志远', outletB!.code), // row 9: repeats row 2's number
    ];
    const fixed = [
      ...valid,
      person('E2E-0003', '刘思远', outletA!.code),
      person('E2E-0004', '周建新', outletB!.code),
      person('E2E-0005', '吴丽华', outletA!.code, { idNumber: idNumber('19851120', 132) }),
      person('E2E-0006', '郑国强', outletA!.code, { hiredOn: '2021-02-28' }),
      person('E2E-0007', '王秀兰', outletA!.code, {
        cadreGrade: '基层管理人员',
        partyStatus: '中共党员',
        joinedPartyOn: '2010-06-20',
        fullMemberOn: '2011-06-20',
        partyRelation: '地方',
        externalOrgName: '青州市北城街道社区党委',
      }),
    ];

    await page.locator('.ant-pro-sider').getByRole('menuitem', { name: '数据导入' }).click();
    await page.waitForURL(`${session.server().url}/import`);
    await page.getByTestId('import-kind').getByText('人员', { exact: true }).click();
    const upload = async (name: string, buffer: Buffer) =>
      page.locator('input[type=file]').setInputFiles({ name, mimeType: XLSX_TYPE, buffer });

    // Dry run of a file with problems: each listed with its row, its column and a reason in Chinese.
    await upload('人员-有错误.xlsx', await peopleWorkbook(broken));
    await page.getByTestId('import-problems').waitFor();
    const problems = await problemRows(page);
    const expectedProblems: [number, string][] = [
      [4, '姓名'],
      [5, '所属机构编码'],
      [6, '身份证号'],
      [7, '入职日期'],
      [8, '干部层级'],
      [9, '工号'],
    ];
    for (const [row, column] of expectedProblems) {
      const hit = problems.find((p) => p[0] === String(row) && p[1]?.includes(column));
      expect(hit, `row ${row} column ${column} in ${JSON.stringify(problems)}`).toBeDefined();
      expect(hit![2]).toMatch(/[\u4e00-\u9fff]/);
    }
    // The valid rows are not blamed.
    expect(problems.some((p) => p[0] === '2' || p[0] === '3')).toBe(false);
    expect(await page.getByTestId('import-count-problems').innerText()).toContain(String(problems.length));
    expect(await page.getByTestId('import-commit').isDisabled()).toBe(true);
    await page.screenshot({ path: screenshotPath('import-errors'), fullPage: true });

    // The corrected file: all new, no problems; the commit writes them all.
    await upload('人员-已修正.xlsx', await peopleWorkbook(fixed));
    await page.getByTestId('import-checked').getByText('检查通过').waitFor();
    expect(await page.getByTestId('import-problems').count()).toBe(0);
    expect(await cardCount(page, 'rows')).toBe(fixed.length);
    expect(await cardCount(page, 'inserted')).toBe(fixed.length);
    expect(await cardCount(page, 'problems')).toBe(0);
    expect(await page.getByTestId('import-commit').isEnabled()).toBe(true);
    await page.getByTestId('import-commit').click();
    await page.getByTestId('import-committed').waitFor();
    expect(await page.getByTestId('import-committed').innerText()).toContain(`新增 ${fixed.length} 条`);

    // The people list finds an imported person by employee number; the phone is masked until revealed.
    await page.locator('.ant-pro-sider').getByRole('menuitem', { name: '人员' }).click();
    await page.waitForURL((url) => url.pathname === '/people');
    await page.getByPlaceholder('搜索姓名或工号').fill('E2E-0002');
    await page.getByPlaceholder('搜索姓名或工号').press('Enter');
    const row = page.locator('tr.ant-table-row').filter({ hasText: 'E2E-0002' });
    await row.filter({ hasText: '李晓红' }).waitFor();
    await expect.poll(() => page.locator('tr.ant-table-row').count()).toBe(1);
    expect(await row.innerText()).toContain('138****1111');
    await page.getByTestId('reveal-switch').click();
    await expect.poll(() => row.innerText()).toContain('13800001111');
    await context.close();
  });

  it('stacks the tree and the figures on a 390 px phone without sideways scrolling', async () => {
    const context = await newContext(session.browser(), PHONE);
    const page = await context.newPage();
    await page.goto(`${session.server().url}/login`);
    await signIn(page, 'counselor');
    await page.goto(`${session.server().url}/units`);
    await page.getByTestId('rollup-staff').waitFor();
    const overflow = await page.evaluate<number>('document.documentElement.scrollWidth - window.innerWidth');
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: screenshotPath('registry-tree-390'), fullPage: true });
    await page.getByTestId('rollup-membersFull').click();
    await page.waitForURL((url) => url.pathname === '/people' && url.searchParams.get('partyStatus') === 'full');
    await page
      .getByTestId('people-total')
      .getByText(/共 [\d,]+ 条/)
      .waitFor();
    await page.locator('tr.ant-table-row').filter({ hasText: '中共党员' }).first().waitFor();
    expect(await page.evaluate<number>('document.documentElement.scrollWidth - window.innerWidth')).toBeLessThanOrEqual(
      0,
    );
    await page.screenshot({ path: screenshotPath('registry-people-390'), fullPage: true });
    await context.close();
  });
});

/** A count of the import report ("新增 7" → 7). */
async function cardCount(page: Page, key: string): Promise<number> {
  return Number((await page.getByTestId(`import-count-${key}`).innerText()).replace(/[^\d]/g, ''));
}
