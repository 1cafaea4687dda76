import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Home } from '../../src/contracts/home.ts';
import { DESKTOP, e2eSession, newContext, PHONE, screenshotPath, signIn } from './harness.ts';

/** A GET with the page's session (same cookies as the UI). */
async function get<T>(page: Page, url: string): Promise<T> {
  const res = await page.request.get(new URL(url, page.url()).toString());
  expect(res.status(), url).toBe(200);
  return (await res.json()) as T;
}

/**
 * 首页 on the province demo: the counselor 李卫东 on a phone sees each pairing with what is
 * due and overdue, without sideways scrolling, and records a visit in one tap; the branch
 * secretary 赵敏 sees the meetings her branch has to hold this month and quarter.
 */
describe('the homes of the counselor (phone) and the secretary', () => {
  const session = e2eSession();

  it('the counselor on a phone: pairings with due/overdue items, no sideways scroll, 记录走访 opens the form for that pairing', async () => {
    const base = session.server().url;
    const page = await (await newContext(session.browser(), PHONE)).newPage();
    await page.goto(`${base}/login`);
    await signIn(page, 'counselor');
    const home = await get<Home>(page, '/api/home');
    expect(home.pairings?.items.length).toBeGreaterThan(0);

    const section = page.getByTestId('home-pairings');
    await section.waitFor();
    await expect.poll(() => page.getByTestId('home-pairing').count()).toBe(home.pairings!.items.length);
    // The summary counts every pairing's overdue and due items, as the server sent them.
    const overdue = home.pairings!.items.reduce((n, p) => n + p.overdue, 0);
    const due = home.pairings!.items.reduce((n, p) => n + p.due, 0);
    expect(overdue + due).toBeGreaterThan(0);
    expect(await page.getByTestId('home-pairings-summary').innerText()).toBe(
      `共 ${home.pairings!.items.length} 个结对：逾期 ${overdue} 项，本期待完成 ${due} 项`,
    );
    expect(await section.getByTestId('todo-item').count()).toBe(overdue + due);
    await page.getByTestId('home-concerns').waitFor();

    // Nothing wider than the phone.
    expect(await page.evaluate<number>('document.documentElement.scrollWidth - window.innerWidth')).toBeLessThanOrEqual(
      0,
    );
    await page.screenshot({ path: screenshotPath('home-counselor-390'), fullPage: true });

    // One tap: the record form with the first pairing chosen (and locked).
    const first = home.pairings!.items[0]!;
    await page.getByTestId('home-pairing').first().getByTestId('home-record-visit').click();
    await page.waitForURL((url) => url.pathname === '/records/new');
    expect(new URL(page.url()).searchParams.get('pairingId')).toBe(String(first.pairingId));
    await expect.poll(() => page.getByTestId('record-target').innerText()).toContain(first.targetName);
  });

  it('the secretary sees the meetings due this month and quarter of her branch', async () => {
    const base = session.server().url;
    const page = await (await newContext(session.browser(), DESKTOP)).newPage();
    await page.goto(`${base}/login`);
    await signIn(page, 'secretary');
    const home = await get<Home>(page, '/api/home');
    expect(home.secretary?.orgs.length).toBeGreaterThan(0);
    const org = home.secretary!.orgs[0]!;
    const card = page.locator(`[data-testid="home-org"][data-org-id="${org.partyOrg.id}"]`);
    await card.waitFor();
    const meetings = card.getByTestId('home-meetings');
    await meetings.getByText('本月、本季度应开的会').waitFor();
    const month = org.meetings.filter((i) => i.rule.period === 'month').length;
    const quarter = org.meetings.filter((i) => i.rule.period === 'quarter').length;
    const overdue = org.meetings.filter((i) => i.status === 'overdue').length;
    await meetings.getByText(`本月 ${month} 项，本季度 ${quarter} 项，其中逾期 ${overdue} 项`).waitFor();
    expect(await meetings.getByTestId('todo-item').count()).toBe(org.meetings.length);
    await page.getByTestId('home-talks').waitFor();
  });
});
