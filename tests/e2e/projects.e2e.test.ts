import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { ProjectDetail, ProjectRanking } from '../../src/contracts/project-work.ts';
import type { CampaignDetail } from '../../src/contracts/projects.ts';
import { DESKTOP, e2eSession, newContext, screenshotPath, signIn } from './harness.ts';

/** A GET with the page's session (same cookies as the UI). */
async function get<T>(page: Page, url: string): Promise<T> {
  const res = await page.request.get(new URL(url, page.url()).toString());
  expect(res.status(), url).toBe(200);
  return (await res.json()) as T;
}

/** A mutation with the page's session and its CSRF token. */
async function send<T>(page: Page, method: 'POST' | 'PUT', url: string, body: unknown): Promise<T> {
  const { csrfToken } = await get<{ csrfToken: string }>(page, '/api/me');
  const res = await page.request.fetch(new URL(url, page.url()).toString(), {
    method,
    data: body,
    headers: { 'x-csrf-token': csrfToken },
  });
  expect(res.status(), `${method} ${url}: ${await res.text()}`).toBeLessThan(300);
  return (await res.json()) as T;
}

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
const visible = '.ant-modal-content:visible';

/** Opens the campaign page's proposals tab and waits for the row of a project. */
async function proposalsTab(page: Page, campaignId: number, projectId: number): Promise<void> {
  await page.goto(new URL(`/projects/campaigns/${campaignId}?tab=proposals`, page.url()).toString());
  await page.getByTestId('proposals-table').getByText(/./).first().waitFor();
  await page
    .getByTestId(`score-btn-${projectId}`)
    .or(page.getByTestId(`decide-btn-${projectId}`))
    .first()
    .waitFor();
}

/** The organizer moves the campaign on with the header's button and its confirmation. */
async function advance(page: Page, campaignId: number, to: string): Promise<void> {
  await page.goto(new URL(`/projects/campaigns/${campaignId}`, page.url()).toString());
  await page.getByTestId('campaign-advance').click();
  await page
    .locator('.ant-modal-confirm')
    .getByRole('button', { name: /确\s?定|确认/ })
    .click();
  await expect
    .poll(async () => (await get<CampaignDetail>(page, `/api/project-campaigns/${campaignId}`)).phase)
    .toBe(to);
}

/** Scores every criterion of the open score sheet dialog and saves it. */
async function scoreSheet(page: Page, scores: number[]): Promise<void> {
  const sheet = page.locator(visible).filter({ has: page.getByTestId('score-sheet') });
  for (const [i, s] of scores.entries()) await sheet.getByTestId(`score-input-${i + 1}`).fill(String(s));
  await sheet.getByRole('button', { name: '保存评分' }).click();
  await sheet.waitFor({ state: 'hidden' });
}

/**
 * Seed 002's lifecycle through the UI: Qingzhou's committee runs a 支部破题 campaign; the outlet
 * branch's secretary proposes; the organizer moves it to review, scores and approves it; the
 * secretary records progress; in evaluation the organizer scores the results, and the ranking
 * and the dossier show exactly what was entered.
 */
describe('led project through the UI', () => {
  const session = e2eSession();

  it('proposal → review and approval → progress → evaluation and ranking', async () => {
    const base = session.server().url;
    const admin = await (await newContext(session.browser(), DESKTOP)).newPage();
    await admin.goto(`${base}/login`);
    await signIn(admin, 'admin');

    // Set-up through the API: the campaign (its form is not what this test is about).
    const orgs = await get<{ items: { id: number; code: string; unit: { id: number } }[] }>(
      admin,
      '/api/party-orgs?q=DW-JN01&pageSize=50',
    );
    const organizer = orgs.items.find((o) => o.code === 'DW-JN01')!;
    const { id: campaignId } = await send<{ id: number }>(admin, 'POST', '/api/project-campaigns', {
      kind: 'branch_led',
      year: Number(day(0).slice(0, 4)),
      organizerOrgId: organizer.id,
      name: `e2e 支部破题 ${Date.now()}`,
      eligibleUnitId: organizer.unit.id,
      proposerKinds: ['branch'],
      quotaPerProposer: 1,
      quotaTotal: null,
      themes: ['破解基层党建难题'],
      proposalOpens: day(-1),
      proposalDue: day(5),
      reviewDue: day(10),
      implementationDue: day(30),
      evaluationDue: day(40),
      reviewCriteria: [
        { name: '选题价值', weightPct: 60 },
        { name: '方案可行', weightPct: 40 },
      ],
      evaluationCriteria: [
        { name: '目标达成', weightPct: 50 },
        { name: '破题成效', weightPct: 50 },
      ],
    });

    // 1. The outlet branch's secretary proposes from the campaign's board.
    const secretary = await (await newContext(session.browser(), DESKTOP)).newPage();
    await secretary.goto(`${base}/login`);
    await signIn(secretary, 'secretary');
    await secretary.goto(`${base}/projects`);
    await secretary
      .getByText(/e2e 支部破题/)
      .first()
      .click();
    await secretary.waitForURL(new RegExp(`/projects/campaigns/${campaignId}`));
    await secretary.getByTestId('propose').click();
    const form = secretary.locator(visible).filter({ has: secretary.getByTestId('proposal-form') });
    await form.getByTestId('proposal-proposer').click();
    await secretary.locator('.ant-select-dropdown:visible .ant-select-item-option').first().click();
    await form.getByTestId('proposal-title').fill('e2e 网点党员示范岗');
    await form.getByTestId('proposal-theme').click();
    await secretary
      .locator('.ant-select-dropdown:visible .ant-select-item-option')
      .filter({ hasText: '破解基层党建难题' })
      .click();
    await form.getByTestId('proposal-problem').fill('网点党员作用发挥不明显');
    await form.getByTestId('proposal-goals').fill('每个班组设立党员示范岗');
    await form.getByTestId('proposal-plan').fill('亮身份、亮承诺、亮业绩');
    const target = form.getByTestId('proposal-targets');
    await target.locator('input').nth(0).fill('党员示范岗');
    await target.locator('input').nth(1).fill('个');
    await target.locator('input').nth(2).fill('0');
    await target.locator('input').nth(3).fill('4');
    // The leader is the branch's secretary, filled in with the proposer.
    await expect
      .poll(async () => form.locator('.ant-form-item').filter({ hasText: '项目组长' }).textContent())
      .toContain('赵敏');
    await form.getByTestId('proposal-submit').click();
    await secretary.waitForURL(/\/projects\/\d+$/);
    const projectId = Number(new URL(secretary.url()).pathname.split('/').pop());
    await secretary.getByTestId('project-status').and(secretary.locator('[data-status=submitted]')).waitFor();

    // 2. The organizer closes proposals, scores the proposal and approves it.
    await advance(admin, campaignId, 'review');
    await proposalsTab(admin, campaignId, projectId);
    await admin.getByTestId(`score-btn-${projectId}`).click();
    await scoreSheet(admin, [90, 80]);
    await admin.getByTestId(`decide-btn-${projectId}`).click();
    const decision = admin.locator(visible).filter({ has: admin.getByTestId('decision-choice') });
    await decision.getByText('同意立项').click();
    await decision.getByRole('button', { name: /确\s?定|保\s?存|提\s?交/ }).click();
    await expect
      .poll(async () => (await get<ProjectDetail>(admin, `/api/projects/${projectId}`)).status)
      .toBe('approved');
    // 90 × 60 % + 80 × 40 % = 86.
    expect((await get<ProjectDetail>(admin, `/api/projects/${projectId}`)).reviewScore).toBe(86);
    await advance(admin, campaignId, 'implementation');

    // 3. The secretary records progress on the project page.
    await secretary.goto(`${base}/projects/${projectId}`);
    await secretary.getByTestId('project-add-progress').click();
    const progress = secretary.locator(visible).filter({ hasText: '记录进展' });
    await progress.locator('textarea').first().fill('4个班组已设立党员示范岗并挂牌');
    await progress.getByRole('button', { name: /保\s?存/ }).click();
    await progress.waitFor({ state: 'hidden' });

    // 4. Evaluation: the organizer scores the results; the ranking shows the API's figure.
    await advance(admin, campaignId, 'evaluation');
    await proposalsTab(admin, campaignId, projectId);
    await admin.getByTestId(`score-btn-${projectId}`).click();
    await scoreSheet(admin, [95, 85]);
    const ranking = await get<ProjectRanking>(admin, `/api/project-campaigns/${campaignId}/ranking`);
    const row = ranking.rows.find((r) => r.project.id === projectId)!;
    // 95 × 50 % + 85 × 50 % = 90, the only project: rank 1.
    expect(row.evaluationScore).toBe(90);
    expect(row.rank).toBe(1);
    await admin.goto(`${base}/projects/campaigns/${campaignId}?tab=ranking`);
    const table = admin.getByTestId('ranking-table');
    await table.getByText('e2e 网点党员示范岗').waitFor();
    await table.getByText(row.evaluationScore!.toFixed(2)).waitFor();
    await admin.screenshot({ path: screenshotPath('project-ranking'), fullPage: true });

    // 5. The dossier (一事一册) holds the submission, the approval, the progress and the evaluation sheet.
    await admin.goto(`${base}/projects/${projectId}/dossier`);
    await admin.getByTestId('project-dossier').waitFor();
    await admin.getByText('4个班组已设立党员示范岗并挂牌').first().waitFor();
    const kinds = await admin
      .getByTestId('dossier-entry')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-kind')));
    expect(kinds.filter((k) => k === 'event').length).toBeGreaterThanOrEqual(2);
    expect(kinds).toContain('progress');
    expect(kinds).toContain('score');
    await admin.screenshot({ path: screenshotPath('project-dossier'), fullPage: true });
  });
});
