import { describe, expect, it } from 'vitest';
import { fileTestEnv } from '../../../../tests/helpers/app.ts';
import { raise } from '../../../../tests/helpers/concerns.ts';
import { personOf, plainMembersOf } from '../../../../tests/helpers/talks.ts';
import type { Cockpit } from '../../../contracts/cockpit.ts';
import { localDate } from '../compliance/periods.ts';
import { actorOfAccount } from '../reports/actor.ts';
import { computeCockpit } from './figures.ts';

/**
 * The store (cockpit_cache) is allowed only because it never disagrees with a fresh
 * computation: after every kind of change below, what GET /api/cockpit answers equals
 * computeCockpit run from scratch on the same records.
 */
const env = fileTestEnv();
const today = localDate(new Date(), 'Asia/Shanghai');
const year = Number(today.slice(0, 4));
const quarter = `${year}-Q${Math.ceil(Number(today.slice(5, 7)) / 3)}`;

describe('the cockpit store', () => {
  it('answers what a fresh computation answers after each change, and the refresh job keeps it served', async () => {
    const admin = await env.as('admin');
    const secretary = await env.as('secretary');
    const actor = (await actorOfAccount(env.database.db, env.fixture.account('admin')))!;
    const figuresOf = (c: Cockpit) => c.figures.map((f) => ({ key: f.key, rate: f.rate, count: f.count }));

    async function compare(unitCode: string): Promise<Cockpit> {
      const unitId = env.fixture.unit(unitCode);
      const served = await admin.get<Cockpit>(`/api/cockpit?unitId=${unitId}&period=${quarter}`);
      expect(served.status).toBe(200);
      const fresh = await computeCockpit(env.database.db, actor, { unitId, period: quarter, lang: 'zh-CN' });
      expect(figuresOf(served.body)).toEqual(figuresOf(fresh));
      return served.body;
    }
    const count = (c: Cockpit, key: string) => c.figures.find((f) => f.key === key)?.count;

    expect((await compare('JN')).cached).toBe(false);
    expect((await compare('JN01')).cached).toBe(false);
    const before = await compare('JN');
    expect(before.cached).toBe(true);

    // A concern raised at an outlet: both stored cockpits above it are stale.
    await raise(env, secretary);
    const afterConcern = await compare('JN');
    expect(afterConcern.cached).toBe(false);
    expect(count(afterConcern, 'concerns:raised')).toBe((count(before, 'concerns:raised') ?? 0) + 1);

    // A talk recorded by the branch secretary (a different module, a different table).
    const [member] = await plainMembersOf(env, 'DZB-JN010101');
    const talk = await secretary.post('/api/talks', {
      initiatorPersonId: await personOf(env, 'secretary'),
      counterpartPersonId: member,
      occurredOn: today,
      kind: 'routine',
      summary: '谈思想、谈工作',
    });
    expect(talk.status).toBe(201);
    expect((await compare('JN01')).cached).toBe(false);

    // Reads and exports change nothing: the store keeps serving.
    expect((await compare('JN01')).cached).toBe(true);
    expect((await admin.get(`/api/talks/coverage/export?year=${year}&unitId=${env.fixture.unit('JN01')}`)).status).toBe(
      200,
    );
    expect((await compare('JN01')).cached).toBe(true);

    // Another change, then the refresh job: the next read is served from the store, and is right.
    await raise(env, secretary);
    await env.app.jobs.send('cockpit.refresh', {});
    await env.app.jobs.idle();
    const refreshed = await compare('JN');
    expect(refreshed.cached).toBe(true);
    expect(count(refreshed, 'concerns:raised')).toBe((count(before, 'concerns:raised') ?? 0) + 2);
  });
});
