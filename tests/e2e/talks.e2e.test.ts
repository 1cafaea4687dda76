import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Person, PersonDetail } from '../../src/contracts/people.ts';
import type { DueTalk, TalkDetail } from '../../src/contracts/talks.ts';
import type { Unit } from '../../src/contracts/units.ts';
import { addDays } from '../../src/server/features/training/dates.ts';
import { DESKTOP, e2eSession, newContext, PHONE, screenshotPath, signIn } from './harness.ts';

/** A GET with the page's session (same cookies as the UI). */
async function get<T>(page: Page, url: string): Promise<T> {
  const res = await page.request.get(new URL(url, page.url()).toString());
  expect(res.status(), url).toBe(200);
  return (await res.json()) as T;
}

type DueList = { today: string; items: DueTalk[] };
const visible = '.ant-modal-content:visible';

/**
 * Seed 004's mandatory talk on a job change, through the UI: the party-building department
 * moves a member of 人民路网点's branch to a neighbouring outlet; the branch's secretary 赵敏
 * finds the talk due on her to-do and on the talks page, records it from there, and sees it
 * done — and the talk she recorded is hers to read, with its content as she typed it.
 */
describe('a talk due on a transfer, through the UI', () => {
  const session = e2eSession();

  it('transfer a member → the talk is due for the branch secretary → recorded → done', async () => {
    const base = session.server().url;
    const admin = await (await newContext(session.browser(), DESKTOP)).newPage();
    await admin.goto(`${base}/login`);
    await signIn(admin, 'admin');
    const secretary = await (await newContext(session.browser(), DESKTOP)).newPage();
    await secretary.goto(`${base}/login`);
    await signIn(secretary, 'secretary');

    // A plain member of the secretary's branch with no talk already due, and an outlet next door.
    const orgs = await get<{ items: { id: number; code: string }[] }>(admin, '/api/party-orgs?q=DZB-JN010101');
    const org = orgs.items.find((o) => o.code === 'DZB-JN010101')!;
    const dueBefore = await get<DueList>(secretary, '/api/talks/due?view=mine');
    const members = await get<{ items: Person[] }>(
      admin,
      `/api/people?partyOrgId=${org.id}&partyStatus=member&pageSize=50`,
    );
    const others = members.items.filter((p) => p.name !== '赵敏');
    const member = others.find((p) => !dueBefore.items.some((d) => d.person.id === p.id)) ?? others[0]!;
    expect(member).toBeDefined();
    const outlet = await get<Unit>(admin, `/api/units/${member.unit.id}`);
    const siblings = await get<Unit[]>(admin, `/api/units?parentId=${outlet.parentId}`);
    const target = siblings.find((u) => u.kind === 'outlet' && u.id !== outlet.id)!;

    // 调动 from the person's drawer, as the registry keeps it.
    await admin.goto(`${base}/people?q=${member.employeeNo}`);
    await admin
      .locator('.ant-table-row')
      .filter({ hasText: member.name })
      .getByText(member.name, { exact: true })
      .click();
    await admin.getByRole('button', { name: /^调\s?动$/ }).click();
    const move = admin.locator(visible).filter({ hasText: '调入机构' });
    await move.locator('.ant-select-selector').first().click();
    await admin.keyboard.type(target.name);
    await admin.locator('.ant-select-tree-node-content-wrapper').filter({ hasText: target.name }).first().click();
    await move.getByRole('button', { name: /确\s?认/ }).click();
    await admin.getByText('已办理').first().waitFor();

    // The secretary's to-do shows the talk due, and so does the talks page.
    const settings = await get<{ dueDays: { transfer: number } }>(secretary, '/api/talks/settings');
    await secretary.goto(`${base}/todo`);
    const card = secretary.getByTestId('talks-due-card');
    await card.getByText(member.name).waitFor();
    const due = (await get<DueList>(secretary, '/api/talks/due?view=mine')).items.find(
      (d) => d.person.id === member.id && !dueBefore.items.some((b) => b.id === d.id),
    )!;
    // Due the configured days after the transfer takes effect, as the registry recorded it.
    const moved = await get<PersonDetail>(admin, `/api/people/${member.id}`);
    const effectiveOn = moved.transfers.find((t) => t.kind === 'unit' && t.to?.id === target.id)!.effectiveOn;
    expect(due).toMatchObject({
      reason: 'transfer',
      state: 'open',
      raisedOn: effectiveOn,
      dueOn: addDays(effectiveOn, settings.dueDays.transfer),
      unit: { id: target.id },
    });
    await card.getByText('调动').first().waitFor();

    await secretary.goto(`${base}/talks`);
    const row = secretary
      .getByTestId('due-table')
      .locator('tr')
      .filter({ hasText: member.name })
      .filter({ hasText: target.name })
      .filter({ hasText: '调动' });
    await row.waitFor();
    await secretary.screenshot({ path: screenshotPath('talks-due'), fullPage: true });

    // Record the talk from the due row: the counterpart and the due talk come with it.
    await row.getByTestId('due-record').click();
    const form = secretary.locator(visible).filter({ hasText: '谈话内容' });
    await form.getByText(member.name).first().waitFor();
    const summary = `${member.name}调入${target.name}后谈心：了解新岗位的工作和思想状况，鼓励其尽快熟悉业务。`;
    await form.locator('#summary').fill(summary);
    await form.getByRole('button', { name: /保\s?存/ }).click();
    await form.waitFor({ state: 'hidden' });

    // Done: off the open list and the to-do, on the done list; the talk reads as typed.
    await expect.poll(() => row.count()).toBe(0);
    const after = (await get<DueList>(secretary, '/api/talks/due?view=mine&state=done')).items.find(
      (d) => d.id === due.id,
    )!;
    expect(after).toMatchObject({ state: 'done', talkId: expect.any(Number) });
    await secretary.getByText('已完成', { exact: true }).first().click();
    await secretary.getByTestId('due-table').locator('tr').filter({ hasText: member.name }).first().waitFor();
    await secretary.screenshot({ path: screenshotPath('talks-done'), fullPage: true });
    const talk = await get<TalkDetail>(secretary, `/api/talks/${after.talkId}`);
    expect(talk).toMatchObject({
      summary,
      kind: 'job_change',
      counterpart: { id: member.id },
      unit: { id: target.id },
      dueTalkId: due.id,
    });
    await secretary.goto(`${base}/todo`);
    await secretary.getByRole('heading').first().waitFor();
    // The card lists the remaining due talks only (the member may have an older one).
    await expect
      .poll(async () => (await get<DueList>(secretary, '/api/talks/due?view=mine')).items.some((d) => d.id === due.id))
      .toBe(false);

    // On a phone the talks page does not scroll sideways.
    const phone = await (await newContext(session.browser(), PHONE)).newPage();
    await phone.goto(`${base}/login`);
    await signIn(phone, 'secretary');
    await phone.goto(`${base}/talks`);
    await phone.getByTestId('due-table').waitFor();
    expect(
      await phone.evaluate<number>('document.documentElement.scrollWidth - window.innerWidth'),
    ).toBeLessThanOrEqual(0);
    await phone.screenshot({ path: screenshotPath('talks-phone'), fullPage: true });
  });
});
