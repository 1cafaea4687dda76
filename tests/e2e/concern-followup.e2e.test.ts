import type { APIRequestContext } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Me } from '../../src/contracts/auth.ts';
import type { ConcernFigures } from '../../src/contracts/concern-figures.ts';
import { DESKTOP, e2eSession, newContext, PHONE, screenshotPath, signIn } from './harness.ts';

/** A JSON GET that must answer 200. */
async function getJson<T>(request: APIRequestContext, url: string): Promise<T> {
  const res = await request.get(url);
  expect(res.status(), `${url}: ${await res.text()}`).toBe(200);
  return (await res.json()) as T;
}

/** "1,234" or "1234" → 1234. */
const asNumber = (text: string) => Number(text.replace(/[^\d]/g, ''));

describe('concern follow-up through the UI', () => {
  const session = e2eSession();

  it("the admin's raised total is the figures API's, and clicking it opens a list of exactly that many", async () => {
    const base = session.server().url;
    const context = await newContext(session.browser(), DESKTOP);
    const page = await context.newPage();
    await page.goto(`${base}/login`);
    await signIn(page, 'admin');

    // The page's defaults: the scope root and this year (the browser's year, as the page takes it).
    const me = await getJson<Me>(page.request, `${base}/api/me`);
    const root = me.scope[0]!;
    const year = await page.evaluate(() => new Date().getFullYear());
    const figures = await getJson<ConcernFigures>(
      page.request,
      `${base}/api/concerns/figures?unitId=${root.id}&from=${year}-01-01&to=${year}-12-31&dimension=tier`,
    );
    expect(figures.total.raised, 'the demo has concerns this year').toBeGreaterThan(0);

    await page.goto(`${base}/concern-followup`);
    const count = page.getByTestId('total-raised-count');
    await expect.poll(async () => asNumber(await count.innerText()), { timeout: 20_000 }).toBe(figures.total.raised);
    // Every tier row's raised count adds up to the total.
    const rowRaised = await page.getByTestId('row-raised').allInnerTexts();
    expect(rowRaised.map(asNumber).reduce((a, b) => a + b, 0)).toBe(figures.total.raised);
    await page.screenshot({ path: screenshotPath('followup-figures'), fullPage: true });

    await count.click();
    await page.waitForURL((url) => url.pathname === '/concerns');
    const url = new URL(page.url());
    expect(url.searchParams.get('status')).toBe('raised');
    expect(url.searchParams.get('unitId')).toBe(String(root.id));
    await expect
      .poll(async () => asNumber(await page.getByTestId('concern-total').innerText()), { timeout: 20_000 })
      .toBe(figures.total.raised);
    await context.close();
  });

  it('every tab opens on a phone without sideways scrolling', async () => {
    const base = session.server().url;
    const context = await newContext(session.browser(), PHONE);
    const page = await context.newPage();
    await page.goto(`${base}/login`);
    await signIn(page, 'admin');
    for (const path of [
      '/concern-followup?tab=figures',
      '/concern-followup?tab=committee',
      '/concern-followup?tab=followup',
      '/concern-settings?tab=categories',
      '/concern-settings?tab=routes',
      '/concern-settings?tab=calendar',
    ]) {
      await page.goto(`${base}${path}`);
      await page.locator('.ant-tabs-tabpane-active').first().waitFor();
      await page.waitForLoadState('networkidle');
      const overflow = await page.evaluate<number>('document.documentElement.scrollWidth - window.innerWidth');
      expect(overflow, `${path} scrolls sideways`).toBeLessThanOrEqual(0);
    }
    await context.close();
  });
});
