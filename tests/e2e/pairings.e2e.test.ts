import type { APIRequestContext } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Me } from '../../src/contracts/auth.ts';
import type { ComplianceSummary, TodoItem } from '../../src/contracts/compliance.ts';
import { periodContaining } from '../../src/contracts/periods.ts';
import type { RecordDetail } from '../../src/contracts/records.ts';
import type { Rule } from '../../src/contracts/rules.ts';
import type { Pairing, Scheme } from '../../src/contracts/schemes.ts';
import type { UnitListItem } from '../../src/contracts/units.ts';
import { DESKTOP, e2eSession, newContext, PHONE, screenshotPath, signIn } from './harness.ts';

const OUTLET = 'JN010101';
const RULE = 'counselor.monthly_meeting';

/** A JSON GET that must answer 200. */
async function getJson<T>(request: APIRequestContext, url: string): Promise<T> {
  const res = await request.get(url);
  expect(res.status(), `${url}: ${await res.text()}`).toBe(200);
  return (await res.json()) as T;
}

describe('pairings, records and compliance through the UI', () => {
  const session = e2eSession();

  it("a counselor records a monthly meeting on a phone and the admin's compliance figure moves with it", async () => {
    const base = session.server().url;

    // The admin reads the figure first: counselor scheme, its monthly-meeting rule, this quarter, the counselor's unit.
    const adminContext = await newContext(session.browser(), DESKTOP);
    const admin = await adminContext.newPage();
    await admin.goto(`${base}/login`);
    await signIn(admin, 'admin');
    const api = <T>(path: string) => getJson<T>(admin.request, `${base}${path}`);
    const { today } = await api<{ today: string }>('/api/todo');
    const period = periodContaining('quarter', today);
    const scheme = (await api<Scheme[]>('/api/schemes')).find((s) => s.code === 'counselor');
    expect(scheme, 'the counselor scheme').toBeDefined();
    const rule = (await api<Rule[]>(`/api/rules?schemeId=${scheme!.id}&on=${today}`)).find((r) => r.code === RULE);
    expect(rule, `rule ${RULE} in effect`).toBeDefined();

    // The counselor's account and person, and their pairing with the outlet (made here only when the demo lacks it).
    const counselorContext = await newContext(session.browser(), PHONE);
    const phone = await counselorContext.newPage();
    await phone.goto(`${base}/login`);
    await signIn(phone, 'counselor');
    const me = await getJson<Me>(phone.request, `${base}/api/me`);
    expect(me.account.personId, 'the demo links the counselor account to a person').not.toBeNull();
    const cityUnit = me.scope[0]!;
    const outlet = (await api<{ items: UnitListItem[] }>(`/api/units/list?q=${OUTLET}`)).items.find(
      (u) => u.code === OUTLET,
    )!;
    const pairings = await api<{ items: Pairing[] }>(
      `/api/pairings?schemeId=${scheme!.id}&personId=${me.account.personId}&pageSize=200`,
    );
    let pairing = pairings.items.find((p) => p.target.id === outlet.id) ?? pairings.items[0];
    if (!pairing) {
      const res = await admin.request.post(`${base}/api/pairings`, {
        headers: { 'x-csrf-token': (await getJson<Me>(admin.request, `${base}/api/me`)).csrfToken },
        data: { schemeId: scheme!.id, personId: me.account.personId, targetUnitId: outlet.id, startsOn: today },
      });
      expect(res.status(), await res.text()).toBe(201);
      pairing = (await res.json()) as Pairing;
    }

    const summaryUrl = `/api/compliance/summary?schemeId=${scheme!.id}&unitId=${cityUnit.id}&period=${period}`;
    const figuresOf = (s: ComplianceSummary) => s.rules.find((r) => r.rule.code === RULE)!;
    const before = figuresOf(await api<ComplianceSummary>(summaryUrl));
    expect(before, 'the rule has figures for the unit').toBeDefined();

    // What the to-do says of this pairing's monthly meeting this quarter, before.
    const todo = await getJson<{ items: TodoItem[] }>(phone.request, `${base}/api/todo`);
    const item = todo.items.find(
      (i) => i.recordFor.pairingId === pairing.id && i.rule.code === RULE && i.period.label === period,
    );
    expect(item, `a to-do line for pairing ${pairing.id}, ${RULE}, ${period}`).toBeDefined();

    // On the phone: 我的待办 → 记录 on that line → the form prefilled → the four items ticked → save.
    await phone.goto(`${base}/todo`);
    await phone.getByText('全部', { exact: true }).click();
    const line = phone
      .locator(`[data-testid=todo-item][data-pairing-id="${pairing.id}"][data-kind=monthly_meeting]`)
      .filter({ hasText: period });
    await line.getByTestId('todo-record').click();
    await phone.waitForURL((url) => url.pathname === '/records/new');
    await phone.getByTestId('record-target').getByText(pairing.target.name).waitFor();
    await expect.poll(() => phone.getByTestId('record-title').inputValue()).toContain('每月一会');
    for (const k of ['study', 'business_review', 'risk_check', 'concerns']) {
      await phone.getByTestId(`standard-item-${k}`).click();
    }
    await phone.getByRole('button', { name: '载入本单位党员' }).click();
    await phone
      .getByTestId('record-content')
      .fill('列席网点"每月一会"：集中学习、经营复盘、风险内控体检、收集意见建议。');
    expect(
      await phone.evaluate<number>('document.documentElement.scrollWidth - window.innerWidth'),
    ).toBeLessThanOrEqual(0);
    await phone.screenshot({ path: screenshotPath('record-phone-form'), fullPage: true });
    await phone.getByTestId('record-save').click();
    await phone.waitForURL((url) => /^\/records\/\d+$/.test(url.pathname));
    const recordId = Number(new URL(phone.url()).pathname.split('/').pop());
    await phone.getByTestId('record-editable').waitFor();
    await phone.screenshot({ path: screenshotPath('record-phone'), fullPage: true });
    const record = await getJson<RecordDetail>(phone.request, `${base}/api/records/${recordId}`);
    expect(record.pairing?.id).toBe(pairing.id);
    expect(record.standardItems && Object.values(record.standardItems).every((i) => i.done)).toBe(true);
    await counselorContext.close();

    // The admin's figure changed by exactly this record.
    const wasMet = item!.status === 'met';
    const metNow = !wasMet && item!.done + 1 >= item!.required;
    const after = figuresOf(await api<ComplianceSummary>(summaryUrl));
    expect(after.subjects).toBe(before.subjects);
    expect(after.met).toBe(before.met + (metNow ? 1 : 0));
    expect(after.participation.numerator).toBe(before.participation.numerator + (item!.done === 0 ? 1 : 0));
    // A pairing's person-times count the holder's attendances (one per record); an org's count those present.
    const counselorTimes = rule!.subject === 'pairing' || rule!.subject === 'holder' ? 1 : record.personTimes;
    expect(after.personTimes).toBe(before.personTimes + counselorTimes);

    // And the compliance page shows it, numerator / denominator.
    await admin.goto(`${base}/compliance?schemeId=${scheme!.id}&unitId=${cityUnit.id}&period=${period}`);
    const row = admin.locator(`tr[data-rule-code="${RULE}"]`);
    await expect
      .poll(() => row.getByTestId('rate-completion').innerText())
      .toContain(
        `${after.completion.numerator.toLocaleString('en-US')} / ${after.completion.denominator.toLocaleString('en-US')}`,
      );
    expect(await row.getByTestId('figure-met').innerText()).toBe(String(after.met));
    await admin.screenshot({ path: screenshotPath('compliance-after'), fullPage: true });
    await adminContext.close();
  });
});
