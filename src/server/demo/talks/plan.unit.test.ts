import { describe, expect, it } from 'vitest';
import { DEFAULT_TALK_SETTINGS, TALK_KIND_OF_REASON } from '../../../contracts/talks.ts';
import { addDays } from '../../features/training/dates.ts';
import { Rng } from '../prng.ts';
import { planTalks, secretaryOf, type TalkOrg, type TalksPlanInput } from './plan.ts';

const TODAY = '2026-11-23';
const ZHAO = 313;

/** Twelve branches of a city: org i on unit 100+i, secretary 1000+i (赵敏 on the first), members 2000+i*10+k. */
function input(seed = 1): TalksPlanInput {
  const orgs: TalkOrg[] = Array.from({ length: 12 }, (_, k) => {
    const i = k + 1;
    const unitId = 100 + i;
    const committee = [
      { personId: i === 1 ? ZHAO : 1000 + i, unitId, partyOrgId: i, role: 'secretary' as const },
      ...(i % 4 === 0
        ? [
            { personId: 1100 + i, unitId, partyOrgId: i, role: 'deputy_secretary' as const },
            { personId: 1200 + i, unitId, partyOrgId: i, role: 'member' as const },
          ]
        : []),
    ];
    return {
      orgId: i,
      code: i === 1 ? 'DZB-JN010101' : `DZB-X${i}`,
      unitId,
      outlet: i <= 8,
      committee,
      members: Array.from({ length: 2 + (i % 5) }, (_, m) => ({ personId: 2000 + i * 10 + m, unitId, partyOrgId: i })),
    };
  });
  return {
    rng: new Rng(seed).fork('talks'),
    today: TODAY,
    orgs,
    secretaryOrg: 'DZB-JN010101',
    accountOf: new Map([[ZHAO, 'secretary' as const]]),
  };
}

const plan = planTalks(input());
const stateOf = (d: (typeof plan.due)[number]) => (d.talk ? 'done' : d.dueOn < TODAY ? 'overdue' : 'open');

describe('demo talks plan', () => {
  it('is deterministic for a seed', () => {
    expect(planTalks(input())).toEqual(plan);
    expect(planTalks(input(2))).not.toEqual(plan);
  });

  it('due dates are the cause date plus the default days; the responsible person is the branch secretary', () => {
    const orgs = new Map(input().orgs.map((o) => [o.orgId, o]));
    expect(plan.due.length).toBeGreaterThanOrEqual(4);
    for (const d of plan.due) {
      expect(d.dueOn).toBe(addDays(d.raisedOn, DEFAULT_TALK_SETTINGS.dueDays[d.reason]));
      expect(d.responsiblePersonId).toBe(secretaryOf(orgs.get(d.partyOrgId)!));
      const source = d.source.type === 'person_transfer' ? plan.transfers : plan.flags;
      const cause = source.find((x) => x.key === d.source.key)!;
      expect(cause.personId).toBe(d.personId);
      expect('effectiveOn' in cause ? cause.effectiveOn : cause.raisedOn).toBe(d.raisedOn);
      expect(
        d.source.type === 'person_transfer' ? d.reason === 'transfer' : d.reason === (cause as { kind: string }).kind,
      ).toBe(true);
    }
  });

  it('done due talks are fulfilled by a talk of the matching kind with the person, before today', () => {
    const done = plan.due.filter((d) => d.talk);
    expect(done.length).toBeGreaterThanOrEqual(2);
    for (const d of done) {
      expect(d.talk).toMatchObject({
        counterpartPersonId: d.personId,
        initiatorPersonId: d.responsiblePersonId,
        kind: TALK_KIND_OF_REASON[d.reason],
        partyOrgId: d.partyOrgId,
        unitId: d.unitId,
      });
      expect(d.talk!.occurredOn >= d.raisedOn && d.talk!.occurredOn < TODAY).toBe(true);
    }
  });

  it('the demo secretary has one overdue, one open and one done due talk', () => {
    const mine = plan.due
      .filter((d) => d.responsiblePersonId === ZHAO)
      .map(stateOf)
      .sort();
    expect(mine).toEqual(['done', 'open', 'overdue']);
  });

  it('a transfer moves the person into the destination branch and its unit', () => {
    expect(plan.transfers).toHaveLength(2);
    const orgs = new Map(input().orgs.map((o) => [o.orgId, o]));
    for (const t of plan.transfers) {
      expect(orgs.get(t.fromOrgId)!.members.some((m) => m.personId === t.personId && m.unitId === t.fromUnitId)).toBe(
        true,
      );
      expect(orgs.get(t.toOrgId)!.unitId).toBe(t.toUnitId);
      const d = plan.due.find((x) => x.source.key === t.key)!;
      expect(d).toMatchObject({ unitId: t.toUnitId, partyOrgId: t.toOrgId });
    }
    // The overdue talk has not happened in any other form either.
    const overdue = plan.due.find((d) => stateOf(d) === 'overdue')!;
    expect(plan.talks.some((t) => t.counterpartPersonId === overdue.personId && t.initiatorPersonId === ZHAO)).toBe(
      false,
    );
  });

  it("routine talks: this year before today, with a committee member, the counterpart's unit and org", () => {
    const inp = input();
    const committee = new Set(inp.orgs.flatMap((o) => o.committee.map((c) => c.personId)));
    const moved = new Map(plan.transfers.map((t) => [t.personId, t]));
    expect(plan.talks.length).toBeGreaterThan(20);
    for (const t of plan.talks) {
      expect(t.kind).toBe('routine');
      expect(t.occurredOn >= '2026-01-01' && t.occurredOn < TODAY).toBe(true);
      expect(committee.has(t.initiatorPersonId)).toBe(true);
      const m = moved.get(t.counterpartPersonId);
      if (m) expect(t.occurredOn >= m.effectiveOn).toBe(true);
      const org = inp.orgs.find(
        (o) =>
          o.orgId === (m ? m.toOrgId : t.partyOrgId) &&
          [...o.committee, ...o.members].some((p) => p.personId === t.counterpartPersonId),
      );
      if (!m) expect(org).toBeDefined();
      expect(t.by).toBe(t.initiatorPersonId === ZHAO ? 'secretary' : 'admin');
    }
  });

  it('coverage varies: one branch reaches every pair, another few', () => {
    const talked = new Set(plan.talks.map((t) => [t.initiatorPersonId, t.counterpartPersonId].sort().join('-')));
    const shares = input().orgs.map((o) => {
      const pairs = o.committee.flatMap((c, k) => [
        ...o.committee.slice(k + 1).map((d) => [c.personId, d.personId]),
        ...o.members.map((m) => [c.personId, m.personId]),
      ]);
      return pairs.filter((p) => talked.has([...p].sort().join('-'))).length / pairs.length;
    });
    expect(Math.max(...shares)).toBeGreaterThanOrEqual(0.9);
    expect(Math.min(...shares)).toBeLessThanOrEqual(0.4);
  });
});
