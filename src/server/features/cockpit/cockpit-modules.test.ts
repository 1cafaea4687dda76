import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { fileTestEnv } from '../../../../tests/helpers/app.ts';
import { seedChecklist } from '../../../../tests/helpers/checklists.ts';
import type { Client } from '../../../../tests/helpers/client.ts';
import { dayFromToday, seedCampaign, seedProject } from '../../../../tests/helpers/projects.ts';
import type { Board } from '../../../contracts/checklist-annual.ts';
import type { Cockpit } from '../../../contracts/cockpit.ts';
import type { ComplianceSummary } from '../../../contracts/compliance.ts';
import type { CampaignListItem } from '../../../contracts/projects.ts';
import type { Gaps } from '../../../contracts/training.ts';
import { localDate } from '../compliance/periods.ts';

/**
 * The cockpit's scheme, checklist, project and new-secretary figures equal what the
 * owning modules' own endpoints answer (cockpit.test.ts covers the others).
 */
const env = fileTestEnv();
let admin: Client;
const today = localDate(new Date(), 'Asia/Shanghai');
const year = Number(today.slice(0, 4));
const quarter = `${year}-Q${Math.ceil(Number(today.slice(5, 7)) / 3)}`;
const fig = (c: Cockpit, key: string) => c.figures.find((f) => f.key === key);

beforeAll(async () => {
  admin = await env.as('admin');
  // A checklist for two cities (2 items each: 4 cells) and a campaign with milestones, one done.
  await seedChecklist(env, {
    unitCode: 'JN',
    year,
    items: [
      { title: '组织生活', weight: 50 },
      { title: '学习教育', weight: 50 },
    ],
    assignTo: ['JN01', 'JN02'],
  });
  const { campaignId } = await seedCampaign(env, { year, phase: 'implementation' });
  const projectId = await seedProject(env, { campaignId, orgCode: 'DW-JN01' });
  await env.database.db.execute(sql`insert into project_milestones (project_id, ordinal, title, due_on, done_on)
    values (${projectId}, 1, '调研', ${dayFromToday(-5)}, ${dayFromToday(-6)}),
           (${projectId}, 2, '实施', ${dayFromToday(20)}, null),
           (${projectId}, 3, '总结', ${dayFromToday(40)}, null)`);
});

describe('cockpit figures owned by schemes, checklists, projects and training', () => {
  it('equal the modules’ endpoints for the province', async () => {
    const unitId = env.fixture.unit('JN');
    const c = (await admin.get<Cockpit>(`/api/cockpit?unitId=${unitId}&period=${quarter}`)).body;

    const schemes = (await admin.get<{ id: number; active: boolean }[]>('/api/schemes')).body.filter((s) => s.active);
    expect(schemes.length).toBeGreaterThan(0);
    for (const s of schemes) {
      const cov = (
        await admin.get<{ rate: { numerator: number; denominator: number } }>(
          `/api/pairings/coverage?schemeId=${s.id}&unitId=${unitId}&on=${today}`,
        )
      ).body;
      expect(fig(c, `scheme:${s.id}:coverage`)?.rate).toMatchObject(cov.rate);
      const sum = (
        await admin.get<ComplianceSummary>(
          `/api/compliance/summary?schemeId=${s.id}&unitId=${unitId}&period=${quarter}`,
        )
      ).body;
      const subjects = sum.rules.reduce((n, r) => n + r.subjects, 0);
      expect(fig(c, `scheme:${s.id}:completion`)?.rate).toMatchObject({
        numerator: sum.rules.reduce((n, r) => n + r.met, 0),
        denominator: subjects,
      });
      expect(fig(c, `scheme:${s.id}:participation`)?.rate).toMatchObject({
        numerator: sum.rules.reduce((n, r) => n + r.participation.numerator, 0),
        denominator: subjects,
      });
    }
    // At least one scheme has pairings in the fixture: the comparison is not 0 = 0 throughout.
    expect(schemes.some((s) => (fig(c, `scheme:${s.id}:coverage`)?.rate?.denominator ?? 0) > 0)).toBe(true);

    const templates = (
      await admin.get<{ items: { id: number; year: number }[] }>(`/api/checklist-templates?year=${year}`)
    ).body.items;
    let done = 0;
    let cells = 0;
    for (const t of templates.filter((x) => x.year === year)) {
      const board = (await admin.get<Board>(`/api/checklist-templates/${t.id}/board?year=${year}`)).body;
      for (const row of board.rows) {
        cells += row.cells.length;
        done += row.cells.filter((x) => x.state === 'done').length;
      }
    }
    expect(cells).toBe(4);
    expect(fig(c, 'checklists:progress')?.rate).toMatchObject({ numerator: done, denominator: cells });

    const campaigns = (await admin.get<CampaignListItem[]>(`/api/project-campaigns?year=${year}`)).body;
    const milestones = campaigns.reduce((n, x) => n + x.counts.milestones, 0);
    expect(milestones).toBe(3);
    expect(fig(c, 'projects:milestones')?.rate).toMatchObject({
      numerator: campaigns.reduce((n, x) => n + x.counts.milestonesDone, 0),
      denominator: milestones,
    });

    const g = (await admin.get<Gaps>(`/api/training/gaps?unitId=${unitId}&year=${year}`)).body;
    expect(fig(c, 'training:newSecretariesTrained')?.rate).toMatchObject(g.rates.newSecretariesTrained);
  });
});
