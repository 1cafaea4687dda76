import type { ConcernKind } from '../../../contracts/concerns.ts';
import type { Rng } from '../prng.ts';
import { type ConcernContext, newConcern, pairingOn, type RaiserKind } from './build.ts';
import { type Fate, play, script } from './lifecycle.ts';
import { CATEGORY_WEIGHTS as CATEGORIES, PROBLEM_SHARE } from './mix.ts';
import type { PlanConcern } from './types.ts';

/**
 * The everyday concerns of the demo province: over the last year each
 * counselor pairing brings in a concern or two from its outlet (the demo
 * counselor's outlets a few more), of every category, most of them long since
 * solved — at once by the counselor (tier 1) or by the city's department the
 * routing table names (tier 2) — the recent ones still moving, a few stuck past
 * their due date. A fixed handful makes sure each demo login finds work.
 */
/** Where a concern of this age stands: the recent ones are still moving. */
function fateFor(rng: Rng, age: number): Fate {
  if (age <= 10) {
    return rng.weighted<Fate>([
      ['t1_submitted', 3],
      ['t1_resolved', 2],
      ['t1_closed', 2],
      ['t1_rejected', 0.5],
      ['t2_routed', 2],
      ['t2_accepted', 2],
      ['t2_in_progress', 1],
    ]);
  }
  if (age <= 30) {
    return rng.weighted<Fate>([
      ['t1_resolved', 1],
      ['t1_closed', 6],
      ['t1_rejected', 1],
      ['t1_reopened', 0.5],
      ['t2_accepted', 1],
      ['t2_in_progress', 3],
      ['t2_resolved', 2],
      ['t2_closed', 3],
      ['t2_returned', 1],
      ['t2_reopened', 0.5],
    ]);
  }
  return rng.weighted<Fate>([
    ['t1_closed', 26],
    ['t1_resolved', 0.5],
    ['t1_rejected', 4],
    ['t1_reopen_closed', 2],
    ['t2_closed', 34],
    ['t2_resolved', 1.5],
    ['t2_overdue', 3],
    ['t2_returned_closed', 2],
    ['t2_reopen_closed', 2],
  ]);
}

interface Forced {
  outlet: string;
  category: string;
  kind: ConcernKind;
  fate: Fate;
  age: number;
  raiser?: RaiserKind;
  /** Which of the category's wordings (so the handler's queue reads as different cases). */
  wording?: number;
}

/**
 * What the demo logins find: the counselor three new concerns at his outlets, the
 * handler (青州 运营管理部) a queue in every working state with one overdue, the
 * secretary two solved ones to confirm.
 */
const FORCED: readonly Forced[] = [
  { outlet: 'JN010102', category: 'staffing', kind: 'problem', fate: 't1_submitted', age: 2 },
  { outlet: 'JN010103', category: 'party_building', kind: 'suggestion', fate: 't1_submitted', age: 4 },
  { outlet: 'JN010201', category: 'staff_welfare', kind: 'problem', fate: 't1_submitted', age: 6 },
  { outlet: 'JN010102', category: 'facilities', kind: 'problem', fate: 't2_routed', age: 3, wording: 1 },
  { outlet: 'JN010201', category: 'facilities', kind: 'suggestion', fate: 't2_accepted', age: 8, wording: 0 },
  { outlet: 'JN010103', category: 'facilities', kind: 'problem', fate: 't2_in_progress', age: 18, wording: 0 },
  { outlet: 'JN010202', category: 'facilities', kind: 'problem', fate: 't2_overdue', age: 75, wording: 2 },
  { outlet: 'JN010301', category: 'facilities', kind: 'problem', fate: 't2_reopened', age: 26, wording: 3 },
  {
    outlet: 'JN010101',
    category: 'staff_welfare',
    kind: 'suggestion',
    fate: 't1_resolved',
    age: 5,
    raiser: 'secretary',
  },
  {
    outlet: 'JN010101',
    category: 'facilities',
    kind: 'problem',
    fate: 't2_resolved',
    age: 21,
    raiser: 'counselor',
    wording: 4,
  },
  {
    outlet: 'JN010101',
    category: 'facilities',
    kind: 'problem',
    fate: 't2_closed',
    age: 140,
    raiser: 'counselor',
    wording: 5,
  },
];

const YEAR = 365;

export function planEveryday(ctx: ConcernContext, rng: Rng): PlanConcern[] {
  const out: PlanConcern[] = [];
  const raise = (
    r: Rng,
    pairing: Parameters<typeof newConcern>[2],
    spec: Parameters<typeof newConcern>[3],
    fate: Fate,
  ) => {
    const n = newConcern(ctx, r, pairing, spec);
    play(n.concern, n.cast.raiser, script(fate, r, n.cast, n.resolution), r, ctx.limit);
    out.push(n.concern);
  };

  for (const f of FORCED) {
    const outlet = ctx.world.units.get(f.outlet);
    const day = ctx.today - f.age;
    const pairing = outlet ? pairingOn(ctx, outlet.id, day) : null;
    if (!pairing) continue;
    raise(rng.fork(`forced-${f.outlet}-${f.category}-${f.fate}`), pairing, { ...f, day }, f.fate);
  }

  const from = ctx.today - YEAR;
  for (const list of ctx.pairingsByOutlet.values()) {
    for (const p of list) {
      const r = rng.fork(`pairing-${p.id}`);
      const start = Math.max(p.startsOn, from);
      const end = Math.min(p.endsOn === null ? ctx.today : p.endsOn + 1, ctx.today);
      if (start >= end) continue;
      const mine = p.personId === ctx.actors.counselor.personId;
      const draws = mine
        ? r.int(3, 5)
        : r.weighted([
            [0, 0.4],
            [1, 0.4],
            [2, 0.17],
            [3, 0.03],
          ] as const);
      for (let i = 0; i < draws; i++) {
        if (!r.chance((end - start) / YEAR)) continue;
        const day = r.int(start, end - 1);
        const category = r.weighted(CATEGORIES);
        const kind: ConcernKind = r.chance(PROBLEM_SHARE[category]!) ? 'problem' : 'suggestion';
        raise(r, p, { category, kind, day }, fateFor(r, Math.max(1, ctx.today - day)));
      }
    }
  }
  return out;
}
