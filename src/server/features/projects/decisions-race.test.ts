import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { fileTestEnv } from '../../../../tests/helpers/app.ts';
import { countOf, seedCampaign, seedProject } from '../../../../tests/helpers/projects.ts';

/**
 * Two organizers approve two proposals of the same city at the same moment, with a quota of one:
 * the campaign row is locked while the quota is counted, so exactly one approval lands.
 */
const env = fileTestEnv();

describe('quota under concurrent approvals', () => {
  it('lets exactly one of two simultaneous approvals through', async () => {
    const c = await seedCampaign(env, { name: '并发名额', phase: 'review', quotaPerProposer: 1 });
    const ids = [
      await seedProject(env, { campaignId: c.campaignId, orgCode: 'DW-JN01', title: '甲一', status: 'submitted' }),
      await seedProject(env, { campaignId: c.campaignId, orgCode: 'DW-JN01', title: '甲二', status: 'submitted' }),
    ];
    const [one, two] = [await env.as('admin'), await env.as('admin')];
    const results = await Promise.all(
      ids.map((id, i) =>
        (i === 0 ? one : two).post(`/api/projects/${id}/decision`, { decision: 'approve', version: 1 }),
      ),
    );
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
    expect(
      await countOf(
        env,
        sql`select count(*) as n from projects where campaign_id = ${c.campaignId} and status = 'approved'`,
      ),
    ).toBe(1);
  });
});
