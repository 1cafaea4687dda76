import type { PlanPairing } from '../activity/plan.ts';
import { chinaTime } from '../activity/plan.ts';
import { isoOf } from '../dates.ts';
import type { Rng } from '../prng.ts';
import { type ConcernContext, newConcern } from './build.ts';
import { type Cast, play, type Step, toAgenda } from './lifecycle.ts';
import { CONCERN_TEXT, DECISIONS, PROGRESS_NOTES } from './text.ts';
import type { PlanConcern, PlanMeeting } from './types.ts';

/**
 * Tier 3 in the demo: the province's party committee met twice to study
 * concerns the departments put on its agenda — about three months ago (its
 * decisions since carried out, one still open and past due) and three weeks ago
 * (being carried out) — one it turned down, and three wait for the next meeting.
 * Each decision routes the concern to a province department at tier 3.
 */
const CATEGORY_OF_OWNER: Record<string, string> = {
  运营管理部: 'facilities',
  人力资源部: 'staffing',
  个人金融部: 'business_development',
  信息科技部: 'other',
  风险管理部: 'risk_compliance',
};

type After = 'routed' | 'accepted' | 'in_progress' | 'resolved' | 'closed';

const MEETINGS: readonly { ago: number; after: readonly After[] }[] = [
  { ago: 96, after: ['closed', 'closed', 'resolved', 'in_progress'] },
  { ago: 19, after: ['routed', 'accepted', 'in_progress'] },
];

/** The steps after a decision, up to `after` (tier 3, acted on by the party admin for the province department). */
function carriedOut(rng: Rng, cast: Cast, after: After, resolution: string): Step[] {
  const a = cast.admin;
  const steps: Step[] = [
    { kind: 'accept', to: 'accepted', tier: 3, actor: a, gap: [1, 3], handler: a.accountId },
    { kind: 'progress', to: 'in_progress', tier: 3, actor: a, gap: [5, 15], note: rng.pick(PROGRESS_NOTES) },
    { kind: 'resolve', to: 'resolved', tier: 3, actor: a, gap: [10, 25], note: resolution },
    {
      kind: 'confirm',
      to: 'closed',
      tier: 3,
      actor: cast.confirmer,
      gap: [2, 6],
      satisfaction: 5,
      note: '党委高度重视，问题彻底解决',
    },
  ];
  const n = { routed: 0, accepted: 1, in_progress: 2, resolved: 3, closed: 4 }[after];
  return steps.slice(0, n);
}

export function planCommittee(
  ctx: ConcernContext,
  rng: Rng,
  firstMeetingId: number,
): { concerns: PlanConcern[]; meetings: PlanMeeting[] } {
  const province = ctx.world.units.get('JN')!;
  const ownerId = (name: string) =>
    [...ctx.world.units.values()].find(
      (u) => u.kind === 'department' && u.parentCode === 'JN' && u.name.endsWith(name),
    )!.id;
  // Long-standing pairings spread over the province; the demo counselor's JN010103 among them.
  const demo = ctx.pairingsByOutlet.get(ctx.world.units.get('JN010103')?.id ?? 0)?.[0];
  const others = rng
    .shuffle([...ctx.pairingsByOutlet.values()].flat())
    .filter((p) => p.endsOn === null && p.startsOn < ctx.today - 200 && p.personId !== ctx.actors.counselor.personId);
  const pool: PlanPairing[] = [...(demo ? [demo] : []), ...others];
  const take = () => pool.shift()!;
  const concerns: PlanConcern[] = [];
  const dw = ctx.world.orgByCode.get('DW-JN');
  const attendees = (dw?.committee ?? []).map((p) => p.name).join('、');

  const raise = (r: Rng, owner: number, day: number) => {
    const [decision, ownerName] = DECISIONS[owner % DECISIONS.length]!;
    const category = CATEGORY_OF_OWNER[ownerName]!;
    const n = newConcern(ctx, r, take(), { category, kind: 'problem', day });
    // Only the wordings a committee would take up: the first of the category's problems.
    [n.concern.title, n.concern.description, n.resolution] = CONCERN_TEXT[category]!.problem[0]!;
    return { ...n, decision, ownerDepartmentId: ownerId(ownerName) };
  };

  const meetings: PlanMeeting[] = [];
  let owner = 0;
  for (const [m, spec] of MEETINGS.entries()) {
    const day = ctx.today - spec.ago;
    const at = chinaTime(day, 15);
    const meeting: PlanMeeting = {
      id: firstMeetingId + m + 1,
      unitId: province.id,
      heldOn: isoOf(day),
      title: `省分行党委会议（研究基层意见建议，${isoOf(day).slice(0, 7).replace('-', '年')}月）`,
      attendees,
      createdBy: ctx.actors.admin.accountId,
      createdAt: at + 2 * 3_600_000,
      items: [],
    };
    for (const [i, after] of spec.after.entries()) {
      const r = rng.fork(`meeting-${m}-${i}`);
      const n = raise(r, owner++, day - r.int(30, 55));
      const decide: Step = {
        kind: 'decide',
        to: 'routed',
        tier: 3,
        actor: ctx.actors.admin,
        gap: { at },
        note: n.decision,
        department: n.ownerDepartmentId,
      };
      play(
        n.concern,
        n.cast.raiser,
        [...toAgenda(r, n.cast), decide, ...carriedOut(r, n.cast, after, n.resolution)],
        r,
        ctx.limit,
      );
      meeting.items.push({
        concern: n.concern,
        decision: n.decision,
        ownerDepartmentId: n.ownerDepartmentId,
        ownerNote: null,
      });
      concerns.push(n.concern);
    }
    meetings.push(meeting);
  }

  // Turned down at the first meeting: the committee's reason is the rejection's.
  const r = rng.fork('rejected');
  const first = MEETINGS[0]!.ago;
  const turned = raise(r, 2, ctx.today - first - r.int(30, 50));
  const reject: Step = {
    kind: 'reject',
    to: 'rejected',
    tier: 3,
    actor: ctx.actors.admin,
    gap: { at: chinaTime(ctx.today - first, 15, 30) },
    reason: '经党委会研究，相关制度近期已修订，暂不作调整',
  };
  play(turned.concern, turned.cast.raiser, [...toAgenda(r, turned.cast), reject], r, ctx.limit);
  concerns.push(turned.concern);

  // On the agenda since the last meeting.
  for (let i = 0; i < 3; i++) {
    const r = rng.fork(`agenda-${i}`);
    const n = raise(r, owner++, ctx.today - r.int(12, 17));
    play(n.concern, n.cast.raiser, toAgenda(r, n.cast), r, ctx.limit);
    concerns.push(n.concern);
  }
  return { concerns, meetings };
}
