import type { APIRequestContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Me } from '../../src/contracts/auth.ts';
import type { ConcernFigures } from '../../src/contracts/concern-figures.ts';
import type { ConcernDetail } from '../../src/contracts/concerns.ts';
import type { RecordDetail, RecordItem } from '../../src/contracts/records.ts';
import type { Pairing } from '../../src/contracts/schemes.ts';
import type { UnitListItem } from '../../src/contracts/units.ts';
import { DESKTOP, e2eSession, newContext, PHONE, screenshotPath, signIn } from './harness.ts';

const CITY = 'JN01';
const OUTLET = 'JN010101';
/** The demo's routing row for JN01: facilities concerns go to the city branch's 运营管理部. */
const DEPARTMENT = '青州市分行运营管理部';
const RESOLUTION = '已协调更换叫号机，设备运行正常。';

/** A JSON GET that must answer 200. */
async function getJson<T>(request: APIRequestContext, url: string): Promise<T> {
  const res = await request.get(url);
  expect(res.status(), `${url}: ${await res.text()}`).toBe(200);
  return (await res.json()) as T;
}

/** Opens the action's modal, lets `fill` answer it, confirms, and waits for the state it leads to. */
async function act(
  page: Page,
  action: string,
  state: string,
  fill: (modal: ReturnType<Page['locator']>) => Promise<void>,
) {
  await page.getByTestId(`concern-action-${action}`).click();
  const modal = page.locator('.ant-modal-content').filter({ has: page.getByTestId(`concern-action-form-${action}`) });
  await fill(modal);
  await modal.locator('.ant-modal-footer .ant-btn-primary').click();
  await page.locator(`[data-testid=concern-state][data-state="${state}"]`).first().waitFor();
}

/** The page must not scroll sideways at 390 px. */
async function expectNoSideScroll(page: Page) {
  expect(await page.evaluate<number>('document.documentElement.scrollWidth - window.innerWidth')).toBeLessThanOrEqual(
    0,
  );
}

describe('concerns through the UI', () => {
  const session = e2eSession();

  it("a counselor raises a concern from a visit on a phone, the department's handler resolves it, the outlet confirms, and the figures move", async () => {
    const base = session.server().url;
    const browser = session.browser();

    // (a) The admin reads the figures first: JN01, this year up to today, by tier.
    const adminContext = await newContext(browser, DESKTOP);
    const admin = await adminContext.newPage();
    await admin.goto(`${base}/login`);
    await signIn(admin, 'admin');
    const api = <T>(path: string) => getJson<T>(admin.request, `${base}${path}`);
    const { today } = await api<{ today: string }>('/api/todo');
    const from = `${today.slice(0, 4)}-01-01`;
    const unitByCode = async (code: string) =>
      (await api<{ items: UnitListItem[] }>(`/api/units/list?q=${code}`)).items.find((u) => u.code === code)!;
    const city = await unitByCode(CITY);
    const outlet = await unitByCode(OUTLET);
    expect(city && outlet, 'the demo has JN01 and JN010101').toBeTruthy();
    const figuresUrl = `/api/concerns/figures?unitId=${city.id}&from=${from}&to=${today}&dimension=tier`;
    const before = await api<ConcernFigures>(figuresUrl);

    // (b) The counselor, on a phone, opens one of his visit records at the outlet (made through the API if he has none).
    const phoneContext = await newContext(browser, PHONE);
    const phone = await phoneContext.newPage();
    await phone.goto(`${base}/login`);
    await signIn(phone, 'counselor');
    const me = await getJson<Me>(phone.request, `${base}/api/me`);
    const mine = await getJson<{ items: RecordItem[] }>(
      phone.request,
      `${base}/api/records?unitId=${outlet.id}&mine=true&pageSize=1`,
    );
    let recordId = mine.items[0]?.id;
    if (!recordId) {
      const pairings = await getJson<{ items: Pairing[] }>(
        phone.request,
        `${base}/api/pairings?personId=${me.account.personId}&pageSize=200`,
      );
      const pairing = pairings.items.find((p) => p.target.id === outlet.id);
      const res = await phone.request.post(`${base}/api/records`, {
        headers: { 'x-csrf-token': me.csrfToken },
        data: {
          kind: 'coaching',
          occurredAt: `${today}T10:00:00+08:00`,
          unitId: outlet.id,
          pairingId: pairing?.id ?? null,
          mode: 'on_site',
          title: '走访网点 · 人民路网点',
        },
      });
      expect(res.status(), await res.text()).toBe(201);
      recordId = ((await res.json()) as RecordDetail).id;
    }
    await phone.goto(`${base}/records/${recordId}`);
    await phone.getByTestId('record-raise-concern').click();
    await phone.waitForURL((url) => url.pathname === '/concerns/new');
    expect(new URL(phone.url()).searchParams.get('unitId')).toBe(String(outlet.id));
    await phone.getByTestId('concern-linked-record').locator('a').waitFor();
    await phone.getByTestId('concern-kind').getByText('问题', { exact: true }).click();
    await phone.getByTestId('concern-category').click();
    await phone.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '设施设备' }).click();
    await phone.getByTestId('concern-form').getByText(outlet.name).first().waitFor();
    const title = `叫号机故障 ${Date.now()}`;
    await phone.getByTestId('concern-title').fill(title);
    await phone.getByTestId('concern-description').fill('网点大堂叫号机经常死机，高峰期客户排队秩序混乱，需更换设备。');
    await expectNoSideScroll(phone);
    await phone.screenshot({ path: screenshotPath('concern-phone-raise'), fullPage: true });
    await phone.getByTestId('concern-submit').click();
    await phone.waitForURL((url) => /^\/concerns\/\d+$/.test(url.pathname));
    const concernId = Number(new URL(phone.url()).pathname.split('/').pop());
    const concernUrl = `${base}/api/concerns/${concernId}`;
    const raised = await getJson<ConcernDetail>(phone.request, concernUrl);
    expect(raised).toMatchObject({ tier: 1, state: 'submitted', category: 'facilities', title, kind: 'problem' });
    expect(raised.record?.id).toBe(recordId);
    expect(raised.unit.id).toBe(outlet.id);

    // (c) He escalates it; the routing table names the city branch's 运营管理部.
    await act(phone, 'escalate', 'routed', async (modal) => {
      await expect.poll(() => modal.getByTestId('concern-route-preview').innerText()).toContain(DEPARTMENT);
      await modal.getByTestId('concern-action-reason').fill('需市分行统一采购更换设备，网点无权处理。');
    });
    await expect.poll(() => phone.getByTestId('concern-department').innerText()).toBe(DEPARTMENT);
    expect(await phone.getByTestId('concern-tier').innerText()).toContain('2');
    await expectNoSideScroll(phone);
    await phone.screenshot({ path: screenshotPath('concern-phone-escalated'), fullPage: true });

    // (d) The handler finds it waiting for him, accepts it, posts progress and resolves it.
    const handlerContext = await newContext(browser, DESKTOP);
    const desk = await handlerContext.newPage();
    await desk.goto(`${base}/login`);
    await signIn(desk, 'handler');
    await desk.goto(`${base}/concerns`);
    await desk.getByTestId('concern-tab-mine').click();
    await desk.waitForURL((url) => url.searchParams.get('queue') === 'mine');
    const link = desk.locator(`[data-testid=concern-link][data-concern-id="${concernId}"]`);
    await link.waitFor();
    await expect.poll(() => desk.getByTestId('concern-tab-mine').innerText()).toMatch(/待我处理 \([1-9]\d*\)/);
    await desk.screenshot({ path: screenshotPath('concern-handler-queue'), fullPage: true });
    await link.click();
    await desk.waitForURL((url) => url.pathname === `/concerns/${concernId}`);
    await act(desk, 'accept', 'accepted', async () => {});
    await act(desk, 'progress', 'in_progress', async (modal) => {
      await modal.getByTestId('concern-action-note').fill('已联系厂商，备件预计三个工作日到货。');
    });
    await act(desk, 'resolve', 'resolved', async (modal) => {
      await modal.getByTestId('concern-action-note').fill(RESOLUTION);
    });
    expect(await desk.getByTestId('concern-resolution').innerText()).toBe(RESOLUTION);
    const resolved = await getJson<ConcernDetail>(desk.request, concernUrl);
    expect(resolved.handler?.name).toContain('孙磊');
    expect(resolved.events.map((e) => e.kind)).toEqual(['raise', 'escalate', 'accept', 'progress', 'resolve']);
    await desk.screenshot({ path: screenshotPath('concern-handler-resolved'), fullPage: true });
    await handlerContext.close();

    // (e) The raiser confirms on his phone with five stars.
    await phone.reload();
    await act(phone, 'confirm', 'closed', async (modal) => {
      await modal.locator('.ant-rate-star').nth(4).click();
      await modal.getByTestId('concern-action-comment').fill('处理及时，感谢！');
    });
    expect(await phone.getByTestId('concern-satisfaction').getAttribute('data-value')).toBe('5');
    expect(await phone.getByTestId('concern-event').count()).toBe(6);
    await expectNoSideScroll(phone);
    await phone.screenshot({ path: screenshotPath('concern-phone-closed'), fullPage: true });
    await phoneContext.close();

    // (f) The admin's figures moved by exactly this concern, and the resolved list of that figure shows it.
    const after = await api<ConcernFigures>(figuresUrl);
    expect(after.total.raised).toBe(before.total.raised + 1);
    expect(after.total.resolved).toBe(before.total.resolved + 1);
    const tier2 = (f: ConcernFigures) => f.rows.find((r) => String(r.key) === '2');
    expect(tier2(after)?.resolved).toBe((tier2(before)?.resolved ?? 0) + 1);
    await admin.goto(`${base}/concerns?status=resolved&tier=2&unitId=${city.id}&from=${from}&to=${today}`);
    await admin.locator(`[data-testid=concern-link][data-concern-id="${concernId}"]`).waitFor();
    const summary = await admin.getByTestId('concern-active-filters').innerText();
    expect(summary).toContain('已解决');
    expect(summary).toContain(city.name);
    await expect
      .poll(() => admin.getByTestId('concern-total').innerText())
      .toBe(`共 ${(tier2(after)?.resolved ?? 0).toLocaleString('en-US')} 条`);
    await admin.screenshot({ path: screenshotPath('concern-admin-list'), fullPage: true });
    await adminContext.close();
  });
});
