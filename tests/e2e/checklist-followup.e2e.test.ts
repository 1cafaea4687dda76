import { describe, expect, it } from 'vitest';
import { DESKTOP, e2eSession, newContext, PHONE, screenshotPath, signIn } from './harness.ts';

/** 清单督导 through the UI: the monthly table, a new inspection item by item, the tabs on a phone. */
describe('checklist follow-up through the UI', () => {
  const session = e2eSession();

  it('the admin records an inspection of a unit item by item and sees its findings', async () => {
    const base = session.server().url;
    const context = await newContext(session.browser(), DESKTOP);
    const page = await context.newPage();
    await page.goto(`${base}/login`);
    await signIn(page, 'admin');
    await page.goto(`${base}/checklist-followup?tab=monthly`);
    await page.locator('.ant-table-row').first().waitFor({ timeout: 20_000 });
    await page.screenshot({ path: screenshotPath('checklist-monthly'), fullPage: true });

    await page.goto(`${base}/checklist-followup?tab=inspections`);
    await page.getByTestId('inspection-new').click();
    const modal = page.locator('.ant-modal-content');
    await modal.getByTestId('inspection-item').first().waitFor({ timeout: 20_000 });
    // A unit of the template, a quarter not yet inspected (the demo inspects this year's first quarters).
    await modal.getByTestId('inspection-unit').click();
    const options = page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option');
    await options.last().click();
    await modal.getByRole('radio', { name: 'Q4' }).or(modal.getByText('第 4 季度')).first().click();
    await modal.locator('#inspectors').fill('党委检查组（e2e）');
    const first = modal.getByTestId('inspection-item').first();
    await first.getByText('部分完成').click();
    await first.getByPlaceholder('情况说明').fill('缺一次');
    await page.screenshot({ path: screenshotPath('checklist-inspection-form'), fullPage: true });
    await page.getByTestId('inspection-save').click();
    const detail = page.locator('.ant-modal-content').filter({ hasText: '检查详情' });
    await detail.waitFor({ timeout: 20_000 });
    await expect.poll(() => detail.getByText('缺一次').count()).toBe(1);
    await context.close();
  });

  it('every tab opens on a phone without sideways scrolling', async () => {
    const base = session.server().url;
    const context = await newContext(session.browser(), PHONE);
    const page = await context.newPage();
    await page.goto(`${base}/login`);
    await signIn(page, 'admin');
    for (const tab of ['monthly', 'inspections', 'rectifications']) {
      await page.goto(`${base}/checklist-followup?tab=${tab}`);
      await page.locator('.ant-tabs-tabpane-active').first().waitFor();
      await page.waitForLoadState('networkidle');
      await page.screenshot({ path: screenshotPath(`checklist-${tab}-phone`), fullPage: true });
      const overflow = await page.evaluate<number>('document.documentElement.scrollWidth - window.innerWidth');
      expect(overflow, `${tab} scrolls sideways`).toBeLessThanOrEqual(0);
    }
    await context.close();
  });
});
