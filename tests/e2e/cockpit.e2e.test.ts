import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Cockpit, CockpitChildren, CockpitFigure } from '../../src/contracts/cockpit.ts';
import { periodContaining } from '../../src/contracts/periods.ts';
import { DESKTOP, e2eSession, newContext, PHONE, screenshotPath, signIn } from './harness.ts';

/** A GET with the page's session (same cookies as the UI). */
async function get<T>(page: Page, url: string): Promise<T> {
  const res = await page.request.get(new URL(url, page.url()).toString());
  expect(res.status(), url).toBe(200);
  return (await res.json()) as T;
}

/** Today where the browser is (the page's default period is the quarter containing it). */
function localToday(): string {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** "1,234 / 5,000 (24.7%)" → [1234, 5000]. */
function shownRate(text: string): [number, number] {
  const m = /^\s*([\d,]+) \/ ([\d,]+) \(/.exec(text);
  expect(m, text).not.toBeNull();
  return [Number(m![1]!.replaceAll(',', '')), Number(m![2]!.replaceAll(',', ''))];
}

const counted = (f: CockpitFigure) => f.rate !== null && f.rate.denominator > 0;

/**
 * The party-building department's 驾驶舱 on the province demo: the province's figures for
 * this quarter as the API computes them, a figure compared, ranked and listed by city,
 * a city drilled into; and the page on a phone without sideways scrolling.
 */
describe('the cockpit, through the UI', () => {
  const session = e2eSession();

  it('admin opens 驾驶舱 → province figures equal the API → a figure by city → drill into a city', async () => {
    const base = session.server().url;
    const page = await (await newContext(session.browser(), DESKTOP)).newPage();
    await page.goto(`${base}/login`);
    await signIn(page, 'admin');
    // The home page's summary: the scope root's headline figures.
    await page.getByTestId('cockpit-summary').getByText('江南省分行').waitFor();
    await page.locator('.ant-pro-sider').getByRole('menuitem', { name: '驾驶舱' }).click();
    await page.waitForURL((url) => url.pathname === '/cockpit');

    // The admin's scope root, this quarter.
    const period = periodContaining('quarter', localToday());
    const cockpit = await get<Cockpit>(page, `/api/cockpit?period=${period}`);
    expect(cockpit.unit.name).toBe('江南省分行');
    const trail = page.getByTestId('cockpit-trail');
    await trail.getByText('江南省分行').waitFor();
    await expect.poll(() => page.getByTestId('cockpit-period').innerText()).toContain(cockpit.period.start);

    // Two figures read as the API has them: numerator and denominator.
    const rates = cockpit.figures.filter(counted);
    expect(rates.length).toBeGreaterThanOrEqual(2);
    const checked = [rates.find((f) => f.key.startsWith('scheme:')) ?? rates[0]!, rates.at(-1)!];
    for (const f of checked) {
      const text = await page.getByTestId(`figure-value-${f.key}`).innerText();
      expect(shownRate(text), f.key).toEqual([f.rate!.numerator, f.rate!.denominator]);
    }
    // A count reads as the number.
    const count = cockpit.figures.find((f) => f.count !== null);
    if (count) {
      const text = await page.getByTestId(`figure-value-${count.key}`).innerText();
      expect(Number(text.replaceAll(',', '')), count.key).toBe(count.count);
    }

    // Select a figure: the cities compared, ranked and listed, with the API's figures.
    const figure = checked[0]!;
    await page.getByTestId(`figure-${figure.key}`).click();
    await page.waitForURL((url) => url.searchParams.get('key') === figure.key);
    const table = page.getByTestId('cockpit-children');
    await table.waitFor();
    const children = await get<CockpitChildren>(
      page,
      `/api/cockpit/children?unitId=${cockpit.unit.id}&period=${period}&key=${encodeURIComponent(figure.key)}`,
    );
    const city = children.rows.find((r) => r.unit.code === 'JN01')!;
    expect(city).toBeDefined();
    const cityRow = table.locator('tr').filter({ hasText: city.unit.name });
    await cityRow.waitFor();
    const cells = await cityRow.locator('td').allInnerTexts();
    expect(cells.map((c) => c.trim())).toEqual(
      expect.arrayContaining([
        city.rate!.numerator.toLocaleString('en-US'),
        city.rate!.denominator.toLocaleString('en-US'),
      ]),
    );
    for (const chart of ['comparison-chart', 'ranking-chart', 'trend-chart']) {
      await page.getByTestId(chart).locator('canvas').first().waitFor();
    }
    // From the top, so the fixed header and menu sit where they belong in the full-page picture.
    await page.evaluate('window.scrollTo(0, 0)');
    await page.waitForTimeout(800); // the charts' entry animation
    await page.screenshot({ path: screenshotPath('cockpit'), fullPage: true });

    // Drill into the city: the breadcrumb shows it, the same figure for its children.
    await table.getByTestId(`child-${city.unit.code}`).click();
    await page.waitForURL((url) => url.searchParams.get('unitId') === String(city.unit.id));
    await trail.getByText(city.unit.name).waitFor();
    await trail.getByText('江南省分行').waitFor();
    const cityCockpit = await get<Cockpit>(page, `/api/cockpit?unitId=${city.unit.id}&period=${period}`);
    const again = cityCockpit.figures.find((f) => f.key === figure.key)!;
    await expect
      .poll(async () => shownRate(await page.getByTestId(`figure-value-${figure.key}`).innerText()))
      .toEqual([again.rate!.numerator, again.rate!.denominator]);
    await table.waitFor();
    // Back up by the breadcrumb.
    await trail.getByText('江南省分行').click();
    await page.waitForURL((url) => url.searchParams.get('unitId') === String(cockpit.unit.id));

    // On a phone the cockpit does not scroll sideways, with the charts on it.
    const phone = await (await newContext(session.browser(), PHONE)).newPage();
    await phone.goto(`${base}/login`);
    await signIn(phone, 'admin');
    await phone.goto(`${base}/cockpit?period=${period}&key=${encodeURIComponent(figure.key)}`);
    await phone.getByTestId('cockpit-children').waitFor();
    await phone.getByTestId('trend-chart').locator('canvas').first().waitFor();
    expect(
      await phone.evaluate<number>('document.documentElement.scrollWidth - window.innerWidth'),
    ).toBeLessThanOrEqual(0);
    await phone.evaluate('window.scrollTo(0, 0)');
    await phone.waitForTimeout(800);
    await phone.screenshot({ path: screenshotPath('cockpit-phone'), fullPage: true });
  });
});
