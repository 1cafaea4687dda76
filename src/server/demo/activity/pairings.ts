import type { Rng } from '../prng.ts';
import type { Ids, PlanPairing } from './plan.ts';
import { cityOf, type World, type WorldPerson, type WorldUnit } from './world.ts';

/**
 * Who is paired with what in the demo. Every outlet gets a counselor: a
 * mid-level cadre, party member, from its city's offices (city leaders, city
 * department heads, county presidents), each holding 2–5 outlets of one city.
 * The counselor account's person holds a few outlets of 青州 including the
 * secretary's outlet; one outlet is left without a counselor so coverage shows
 * a gap. Blank outlets get a party representative (a cadre of the province or
 * city departments), all but one. A few outlets changed counselor during the
 * year: the former pairing ended the day before the new one began.
 */
export interface PairingOptions {
  rng: Rng;
  today: number;
  /** Records start here; most pairings are older. */
  windowStart: number;
  ids: Ids;
  /** The counselor account's person and the outlets they hold. */
  counselor: { person: WorldPerson; outlets: readonly string[] } | null;
  /** Left without a counselor (if the outlet exists). */
  unpaired: string;
  /** People who stand for a demo account elsewhere: not drawn as counselors. */
  reserved: ReadonlySet<number>;
}

const CHANGE_SHARE = 0.08;
const isMember = (p: WorldPerson) => p.partyStatus !== 'none';

/** Chunks of 2–4 (a remainder of one joins the last chunk, making at most 5). */
function chunk<T>(rng: Rng, items: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; ) {
    const size = Math.min(rng.int(2, 4), items.length - i);
    out.push(items.slice(i, i + size));
    i += size;
  }
  const last = out.at(-1);
  if (last && last.length === 1 && out.length > 1) {
    out.pop();
    out.at(-1)!.push(...last);
  }
  return out;
}

/** Mid-level members working in a city's own offices and departments or its county offices. */
function cityCadres(world: World, city: WorldUnit, reserved: ReadonlySet<number>): WorldPerson[] {
  const out: WorldPerson[] = [];
  for (const u of world.units.values()) {
    const inCity =
      u.code === city.code || (u.parentCode === city.code && (u.kind === 'department' || u.kind === 'county'));
    if (!inCity) continue;
    for (const p of world.staff.get(u.code) ?? []) {
      if (p.grade === 'mid' && isMember(p) && !reserved.has(p.id)) out.push(p);
    }
  }
  return out;
}

/** Mid-level members of the province's own departments (party representatives come from here first). */
function provinceCadres(world: World, reserved: ReadonlySet<number>): WorldPerson[] {
  const out: WorldPerson[] = [];
  for (const u of world.units.values()) {
    const parent = u.parentCode ? world.units.get(u.parentCode) : undefined;
    if (u.kind !== 'department' || parent?.kind !== 'province') continue;
    for (const p of world.staff.get(u.code) ?? []) {
      if (p.grade === 'mid' && isMember(p) && !reserved.has(p.id)) out.push(p);
    }
  }
  return out;
}

export function planPairings(world: World, opts: PairingOptions): PlanPairing[] {
  const out: PlanPairing[] = [];
  const { rng, windowStart, today } = opts;
  const pair = (
    scheme: PlanPairing['scheme'],
    person: WorldPerson,
    outlet: WorldUnit,
    startsOn: number,
    endsOn: number | null = null,
    note: string | null = null,
  ) => out.push({ id: opts.ids.next(), scheme, personId: person.id, targetUnitId: outlet.id, startsOn, endsOn, note });

  const held = new Set(opts.counselor?.outlets ?? []);
  const counselors = new Set<number>();
  if (opts.counselor) {
    counselors.add(opts.counselor.person.id);
    for (const code of opts.counselor.outlets) {
      const outlet = world.units.get(code);
      if (outlet) pair('counselor', opts.counselor.person, outlet, windowStart - 200);
    }
  }
  const province = provinceCadres(world, opts.reserved);
  for (const city of [...world.units.values()].filter((u) => u.kind === 'city')) {
    const cityRng = rng.fork(`counselors-${city.code}`);
    const outlets = world.outlets.filter(
      (o) => cityOf(world, o.code)?.code === city.code && !held.has(o.code) && o.code !== opts.unpaired,
    );
    const pool = [
      ...cityRng.shuffle(cityCadres(world, city, opts.reserved).filter((p) => !counselors.has(p.id))),
      ...cityRng.shuffle(province.filter((p) => !counselors.has(p.id))),
    ];
    for (const [i, group] of chunk(cityRng, outlets).entries()) {
      const person = pool[i % pool.length];
      if (!person) break;
      counselors.add(person.id);
      for (const outlet of group) {
        if (!cityRng.chance(CHANGE_SHARE) || pool.length < 2) {
          pair('counselor', person, outlet, windowStart - cityRng.int(30, 500));
          continue;
        }
        // The outlet changed counselor this year: the predecessor's pairing stays as history.
        const change = cityRng.int(windowStart + 30, today - 20);
        const before = pool[(i + 1 + cityRng.int(0, pool.length - 2)) % pool.length]!;
        pair('counselor', before, outlet, windowStart - cityRng.int(100, 600), change - 1, '岗位调整，结对关系移交');
        pair('counselor', person, outlet, change);
      }
    }
  }

  // Party representatives: one blank outlet (the first in a seeded order) waits for one.
  const repRng = rng.fork('party-reps');
  const blank = repRng.shuffle(world.outlets.filter((o) => world.blankOutlets.has(o.code))).slice(1);
  const load = new Map<number, number>();
  const repPool = repRng.shuffle(province.filter((p) => !counselors.has(p.id)));
  for (const outlet of blank.sort((a, b) => a.code.localeCompare(b.code))) {
    const city = cityOf(world, outlet.code);
    const local = city ? cityCadres(world, city, opts.reserved).filter((p) => !counselors.has(p.id)) : [];
    const rep = [...local, ...repPool].find((p) => (load.get(p.id) ?? 0) < 2);
    if (!rep) continue;
    load.set(rep.id, (load.get(rep.id) ?? 0) + 1);
    pair('party_rep', rep, outlet, windowStart - repRng.int(30, 300));
  }
  return out;
}
