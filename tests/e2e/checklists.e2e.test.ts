import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { ChecklistTemplateDetail } from '../../src/contracts/checklists.ts';
import { DESKTOP, e2eSession, newContext, screenshotPath, signIn } from './harness.ts';

interface RankingRow {
  assignment: { id: number; unit: { name: string } };
  checklistPoints: number;
  checklistPct: number;
}

/** Scores as the pages print them: whole numbers bare, others to two decimals. */
const fmtScore = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(2));

/** A GET with the page's session (same cookies as the UI). */
async function get<T>(page: Page, url: string): Promise<T> {
  const res = await page.request.get(new URL(url, page.url()).toString());
  expect(res.status(), url).toBe(200);
  return (await res.json()) as T;
}

/** Picks an option of an open remote select by typing part of its label. */
async function pick(page: Page, trigger: ReturnType<Page['locator']>, text: string): Promise<void> {
  await trigger.click();
  await trigger.locator('input').fill(text);
  const option = page
    .locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option')
    .filter({ hasText: text })
    .first();
  await option.click();
}

/**
 * Seed 001 end to end: the admin creates a checklist from the seed-001 shape, assigns it to two
 * departments, registers completions from the board, records a quarterly inspection, and the
 * annual ranking moves by exactly the weights of what was registered and found.
 */
describe('responsibility checklist through the UI', () => {
  const session = e2eSession();

  it('template from seed 001 → assign → register → inspect → annual scores', async () => {
    const base = session.server().url;
    const context = await newContext(session.browser(), DESKTOP);
    const page = await context.newPage();
    await page.goto(`${base}/login`);
    await signIn(page, 'admin');

    // 1. A template from the seed-001 shape, owned by the Qingzhou branch.
    await page.goto(`${base}/checklist-templates`);
    await page.getByTestId('template-preset').click();
    const modal = page.locator('.ant-modal-content');
    await pick(page, modal.locator('.ant-select').first(), '青州市分行');
    await modal.locator('#name').fill('e2e 党建责任清单');
    await modal.getByRole('button', { name: /下一步/ }).click();
    await page.getByTestId('template-totals').waitFor();
    expect(await page.getByTestId('template-area').count()).toBe(5);
    await page.getByTestId('template-save').click();
    await page.waitForURL(/\/checklist-templates\/\d+$/);
    const templateId = Number(new URL(page.url()).pathname.split('/').pop());
    const created = await get<ChecklistTemplateDetail>(page, `/api/checklist-templates/${templateId}`);
    const items = created.areas.flatMap((a) => a.items);
    expect(items).toHaveLength(30);
    expect(items.reduce((s, i) => s + i.weight, 0)).toBe(100);

    // 2. Assign it to two of Qingzhou's departments.
    await page.getByRole('tab', { name: /分配/ }).click();
    await page.getByTestId('assign-units').click();
    const assign = page.locator('.ant-modal-content').filter({ has: page.locator('#unitIds') });
    const units = assign.locator('.ant-select').first();
    await pick(page, units, '青州市分行综合管理部');
    await pick(page, units, '青州市分行运营管理部');
    // Close the open option list first, as a person would: a click outside it only closes it.
    await page.keyboard.press('Escape');
    await assign.getByRole('button', { name: /确\s?定|保\s?存/ }).click();
    await expect
      .poll(
        async () =>
          (await get<ChecklistTemplateDetail>(page, `/api/checklist-templates/${templateId}`)).assignments.length,
      )
      .toBe(2);
    const detail = await get<ChecklistTemplateDetail>(page, `/api/checklist-templates/${templateId}`);
    const unitA = detail.assignments.find((a) => a.unit.name === '青州市分行综合管理部')!;

    // Two items the register decides alone: no target, due once in the year.
    const [x, y] = items.filter((i) => i.targetValue === null && (i.cadence === 'yearly' || i.deadline !== null));
    const ranking = () => get<{ rows: RankingRow[] }>(page, `/api/checklist-templates/${templateId}/ranking`);
    const before = (await ranking()).rows.find((r) => r.assignment.id === unitA.id)!;

    // 3. Register a completion of x from the board.
    await page.goto(`${base}/checklists?templateId=${templateId}`);
    await page.getByTestId(`board-cell-${unitA.id}-${x!.id}`).click();
    await page.getByTestId('register-add').click();
    const entry = page.locator('.ant-modal-content').filter({ has: page.locator('#evidence') });
    await entry.locator('#evidence').fill('已召开专题会议部署，会议纪要已归档（e2e）');
    await entry.getByRole('button', { name: /确\s?定|保\s?存|登\s?记/ }).click();
    await page.getByTestId('register-entry').first().waitFor();
    await page.screenshot({ path: screenshotPath('checklist-register'), fullPage: true });
    await page.keyboard.press('Escape');

    // 4. The quarterly inspection finds y partly done.
    await page.goto(`${base}/checklist-followup?tab=inspections&templateId=${templateId}`);
    await page.getByTestId('inspection-new').click();
    const form = page.locator('.ant-modal-content').filter({ has: page.getByTestId('inspection-save') });
    await form.getByTestId('inspection-item').first().waitFor();
    await pick(page, form.getByTestId('inspection-unit'), '青州市分行综合管理部');
    await form.locator('#inspectors').fill('党委检查组（e2e）');
    const row = form.getByTestId('inspection-item').filter({ hasText: y!.title });
    await row.getByText('部分完成').click();
    await row.getByPlaceholder('情况说明').fill('资料不全（e2e）');
    await page.getByTestId('inspection-save').click();
    await page.locator('.ant-modal-content').filter({ hasText: '资料不全（e2e）' }).waitFor();

    // 5. The annual ranking: exactly x's weight plus half of y's (partial credit 50 %) more.
    const after = (await ranking()).rows.find((r) => r.assignment.id === unitA.id)!;
    const expected = Math.round((before.checklistPoints + x!.weight + y!.weight * 0.5) * 100) / 100;
    expect(after.checklistPoints).toBe(expected);
    await page.goto(`${base}/assessment?templateId=${templateId}`);
    const table = page.getByTestId('ranking-table');
    const line = table.locator('tr').filter({ hasText: '青州市分行综合管理部' });
    await line.waitFor();
    expect(await line.textContent()).toContain(
      `${fmtScore(after.checklistPct)}%（${fmtScore(after.checklistPoints)}）`,
    );
    await page.screenshot({ path: screenshotPath('checklist-ranking'), fullPage: true });
    await context.close();
  });
});
