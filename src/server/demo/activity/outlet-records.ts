import type { ActionKind } from '../../../contracts/actions.ts';
import type { Rng } from '../prng.ts';
import { addPresent, attendance } from './attendance.ts';
import { clip, monthOf, periods, yearOf } from './calendar.ts';
import { type Authors, chinaTime, type PlanPairing, type PlanRecord } from './plan.ts';
import { COACHING_OUTCOMES, COACHING_TOPICS, FIELD_STAY, PRACTICAL_DEEDS, standardItems } from './text.ts';
import { ownBranch, type World, type WorldUnit } from './world.ts';

/**
 * What happens at the outlets: each outlet's monthly meeting (每月一会) with
 * its staff and the four standard items, and what the paired cadres do there —
 * a counselor attends a monthly meeting a quarter, coaches a quarter, stays a
 * day, does a practical deed and attends the branch's organizational life a
 * year; a party representative coaches a quarter. Each pairing has a zeal;
 * a few meetings leave a standard item undone, a few visits are by video, so
 * a record does not always meet the rule.
 */
export interface OutletOptions {
  rng: Rng;
  today: number;
  windowStart: number;
  /** Yearly actions go back to here (the start of last year), so last year's are not all missing. */
  yearlyStart: number;
  authors: Authors;
  zealOf: (rng: Rng) => number;
  /** Organizational life meetings of the branches, by `${orgCode}:${year}`. */
  orgLife: ReadonlyMap<string, PlanRecord>;
}

const SKIPPED_ITEM = 0.06;
const BY_VIDEO = 0.08;

export function planOutletRecords(world: World, pairings: readonly PlanPairing[], opts: OutletOptions): PlanRecord[] {
  const records: PlanRecord[] = [];
  const meetings = new Map<string, PlanRecord[]>();
  const unitById = new Map([...world.units.values()].map((u) => [u.id, u]));
  const authorAt = (outlet: WorldUnit) =>
    outlet.code === opts.authors.secretary.outletCode ? opts.authors.secretary : opts.authors.admin;
  const base = (kind: ActionKind, outlet: WorldUnit, day: number, hour: number, rng: Rng): PlanRecord => {
    const author = authorAt(outlet);
    return {
      id: 0,
      kind,
      at: chinaTime(day, hour, rng.pick([0, 10, 30])),
      unitId: outlet.id,
      partyOrgId: null,
      pairingId: null,
      mode: 'on_site',
      presenterId: null,
      title: '',
      content: null,
      outcomes: null,
      standardItems: null,
      attendees: [],
      authorAccountId: author.accountId,
      authorPersonId: author.personId,
    };
  };

  for (const outlet of world.outlets) {
    const rng = opts.rng.fork(`monthly-${outlet.code}`);
    const zeal = opts.zealOf(rng);
    const early = rng.chance(0.4);
    const staff = world.staff.get(outlet.code) ?? [];
    const list: PlanRecord[] = [];
    for (const m of periods(opts.windowStart, opts.today, 1)) {
      if (!rng.chance(zeal)) continue;
      const day = m.start + (early ? rng.int(2, 7) : rng.int(22, 26));
      if (day < opts.windowStart || day >= opts.today) continue;
      const r = base('monthly_meeting', outlet, day, early ? 8 : 17, rng);
      r.partyOrgId = ownBranch(world, outlet.code)?.id ?? null;
      r.title = `${monthOf(day)}月"每月一会"`;
      r.standardItems = standardItems(rng, rng.chance(SKIPPED_ITEM));
      r.content = '集中学习、经营复盘、风险内控体检、收集意见建议。';
      r.attendees = attendance(rng, staff, day, 0.9);
      list.push(r);
    }
    meetings.set(outlet.code, list);
    records.push(...list);
  }

  for (const p of pairings) {
    const outlet = unitById.get(p.targetUnitId)!;
    const rng = opts.rng.fork(`pairing-${p.id}`);
    const zeal = opts.zealOf(rng);
    const from = Math.max(p.startsOn, opts.windowStart);
    const to = Math.min(p.endsOn === null ? opts.today : p.endsOn + 1, opts.today);
    const holder = p.personId;
    const mine = holder === opts.authors.counselor.personId;
    const author = mine ? opts.authors.counselor : authorAt(outlet);
    const staff = world.staff.get(outlet.code) ?? [];
    const visit = (kind: ActionKind, day: number, hour: number): PlanRecord => {
      const r = base(kind, outlet, day, hour, rng);
      r.pairingId = p.id;
      r.authorAccountId = author.accountId;
      r.authorPersonId = author.personId;
      records.push(r);
      return r;
    };
    for (const q of from < to ? periods(from, to, 3) : []) {
      const span = clip(q, from, to)!;
      if (p.scheme === 'counselor' && rng.chance(zeal)) {
        const held = (meetings.get(outlet.code) ?? []).filter((r) => {
          const day = Math.floor((r.at + 8 * 3_600_000) / 86_400_000);
          return r.pairingId === null && day >= span.start && day < span.end;
        });
        for (const r of rng.shuffle(held).slice(0, rng.chance(0.25) ? 2 : 1)) {
          r.pairingId = p.id;
          r.authorAccountId = author.accountId;
          r.authorPersonId = author.personId;
          if (rng.chance(BY_VIDEO)) r.mode = 'video';
          addPresent(r.attendees, holder);
        }
      }
      if (rng.chance(zeal)) {
        const day = rng.int(span.start, span.end - 1);
        const r = visit('coaching', day, rng.pick([10, 15]));
        r.mode = rng.chance(BY_VIDEO) ? 'video' : 'on_site';
        r.title = rng.pick(COACHING_TOPICS);
        r.outcomes = rng.pick(COACHING_OUTCOMES);
        r.attendees = attendance(rng, staff.slice(0, rng.int(1, 3)), day, 0.95);
        addPresent(r.attendees, holder);
      }
    }
    if (p.scheme !== 'counselor') continue;
    const yearFrom = Math.max(p.startsOn, opts.yearlyStart);
    for (const y of yearFrom < to ? periods(yearFrom, to, 12) : []) {
      const span = clip(y, yearFrom, y.end)!;
      // Each yearly action is planned for a day of the year; one planned after today is still due.
      const planned = () => rng.int(span.start, span.end - 1);
      const stay = planned();
      if (stay < to && rng.chance(zeal)) {
        const r = visit('field_stay', stay, 8);
        r.mode = rng.chance(0.03) ? 'video' : 'on_site';
        r.title = '到结对网点蹲点';
        r.content = FIELD_STAY;
        r.attendees = attendance(rng, staff.slice(0, 1), stay, 1);
        addPresent(r.attendees, holder);
      }
      const deed = planned();
      if (deed < to && rng.chance(zeal * 0.95)) {
        const r = visit('practical_deed', deed, 11);
        r.title = rng.pick(PRACTICAL_DEEDS);
        r.outcomes = '已办结，网点员工反映良好。';
        r.attendees = [];
        addPresent(r.attendees, holder);
      }
      if (!rng.chance(zeal)) continue;
      const branch = ownBranch(world, outlet.code);
      const meeting = branch ? opts.orgLife.get(`${branch.code}:${yearOf(y.start)}`) : undefined;
      const day = meeting ? Math.floor((meeting.at + 8 * 3_600_000) / 86_400_000) : planned();
      if (day < yearFrom || day >= to) continue;
      if (meeting && meeting.pairingId === null) {
        // The counselor sat in on the branch's own meeting: one record evidences both.
        meeting.pairingId = p.id;
        addPresent(meeting.attendees, holder);
      } else if (!meeting) {
        const r = visit('organizational_life', day, 9);
        r.title = `参加${outlet.name}组织生活会`;
        r.content = '现场参加网点党员组织生活会，点评并提出要求。';
        r.attendees = [];
        addPresent(r.attendees, holder);
      }
    }
  }
  return records;
}
