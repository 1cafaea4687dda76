import type { ActionKind } from '../../../contracts/actions.ts';
import type { Rng } from '../prng.ts';
import { attendance } from './attendance.ts';
import { clip, monthOf, periods, yearOf } from './calendar.ts';
import { type Authors, chinaTime, type PlanRecord } from './plan.ts';
import { COMMITTEE_AGENDA, LECTURE_TOPICS, THEME_DAYS } from './text.ts';
import type { World, WorldOrg } from './world.ts';

/**
 * The meetings of every branch over the window (三会一课 and the theme party
 * day, the yearly organizational life meeting and member appraisal), with
 * realistic gaps: each branch has a zeal, each meeting happens with that
 * chance, and what is planned for a day not yet come is simply not there.
 * Returns the records and, per branch and year, the organizational life
 * meeting a counselor may have attended.
 */
export interface BranchOptions {
  rng: Rng;
  today: number;
  windowStart: number;
  /** Yearly meetings go back to here (the start of last year), so last year's are not all missing. */
  yearlyStart: number;
  authors: Authors;
  zealOf: (rng: Rng) => number;
}

export interface BranchRecords {
  records: PlanRecord[];
  /** `${orgCode}:${year}` → its organizational life meeting. */
  orgLife: Map<string, PlanRecord>;
}

export function planBranchRecords(world: World, opts: BranchOptions): BranchRecords {
  const records: PlanRecord[] = [];
  const orgLife = new Map<string, PlanRecord>();
  const { today, windowStart } = opts;
  for (const org of world.orgs) {
    if (org.kind !== 'branch' || org.members.length === 0) continue;
    const rng = opts.rng.fork(`branch-${org.code}`);
    const zeal = opts.zealOf(rng);
    const founded = org.foundedOn ? Math.round(Date.parse(`${org.foundedOn}T00:00:00Z`) / 86_400_000) : 0;
    const from = Math.max(windowStart, founded);
    const author = org.unitCode === opts.authors.secretary.outletCode ? opts.authors.secretary : opts.authors.admin;
    const add = (kind: ActionKind, day: number, hour: number, fields: Partial<PlanRecord>): PlanRecord | null => {
      if (day < founded || day >= today) return null;
      const r: PlanRecord = {
        id: 0,
        kind,
        at: chinaTime(day, hour, rng.pick([0, 0, 30])),
        unitId: world.units.get(org.unitCode)!.id,
        partyOrgId: org.id,
        pairingId: null,
        mode: rng.chance(0.06) ? 'video' : 'on_site',
        presenterId: null,
        title: '',
        content: null,
        outcomes: null,
        standardItems: null,
        attendees: [],
        authorAccountId: author.accountId,
        authorPersonId: author.personId,
        ...fields,
      };
      records.push(r);
      return r;
    };
    const committee = committeeOf(org);
    const themeDay = rng.int(9, 19);
    for (const m of periods(from, today, 1)) {
      const label = `${monthOf(m.start)}月`;
      if (rng.chance(zeal)) {
        const day = m.start + rng.int(1, 8);
        add('committee_meeting', day, 16, {
          title: `${label}支委会`,
          content: rng.pick(COMMITTEE_AGENDA),
          attendees: attendance(rng, committee, day, 0.95, true),
        });
      }
      if (rng.chance(zeal * 0.95)) {
        const day = m.start + rng.int(10, 21);
        const group = rng.shuffle(org.members).slice(0, Math.max(3, Math.ceil(org.members.length / 2)));
        add('group_meeting', day, 17, {
          title: `${label}党小组会`,
          content: '学习上级党组织文件精神，交流思想和工作情况。',
          attendees: attendance(rng, group, day, 0.9, true),
        });
      }
      if (rng.chance(zeal)) {
        const day = m.start + themeDay;
        add('theme_party_day', day, 15, {
          title: `${label}主题党日`,
          content: rng.pick(THEME_DAYS),
          attendees: attendance(rng, org.members, day, 0.88, true),
        });
      }
    }
    for (const q of periods(from, today, 3)) {
      const year = yearOf(q.start);
      const quarter = Math.floor((monthOf(q.start) - 1) / 3) + 1;
      if (rng.chance(zeal)) {
        const day = q.start + rng.int(20, 80);
        add('general_meeting', day, 16, {
          title: `${year}年第${quarter}季度支部党员大会`,
          content: '传达学习上级党委会议精神，通报支部工作情况，讨论发展党员等事项。',
          attendees: attendance(rng, org.members, day, 0.9, true),
        });
      }
      if (rng.chance(zeal)) {
        const day = q.start + rng.int(10, 85);
        const presenter = committee[1] ?? null;
        add('party_lecture', day, 15, {
          title: `专题党课：${rng.pick(LECTURE_TOPICS)}`,
          presenterId: presenter?.id ?? null,
          content: presenter ? null : '邀请上级党委讲师团成员授课。',
          attendees: attendance(rng, org.members, day, 0.9, true),
        });
      }
    }
    for (const y of periods(Math.max(opts.yearlyStart, founded), today, 12)) {
      const span = clip(y, founded, y.end);
      if (!span) continue;
      const year = yearOf(y.start);
      // Each yearly meeting is planned for a day of its year; one planned after today is still due.
      const lecture = rng.int(span.start, span.end - 1);
      if (org.secretary && rng.chance(zeal)) {
        add('party_lecture', lecture, 15, {
          title: `书记讲党课：${rng.pick(LECTURE_TOPICS)}`,
          presenterId: org.secretary.id,
          attendees: attendance(rng, org.members, lecture, 0.92, true),
        });
      }
      const planned = rng.int(span.start, span.end - 2);
      if (rng.chance(zeal)) {
        const r = add('organizational_life', planned, 9, {
          title: `${year}年度组织生活会`,
          content: '对照检查，开展批评和自我批评，明确整改措施。',
          mode: 'on_site',
          attendees: attendance(rng, org.members, planned, 0.95, true),
        });
        if (r) orgLife.set(`${org.code}:${year}`, r);
      }
      if (rng.chance(zeal)) {
        add('member_appraisal', planned + 1, 14, {
          title: `${year}年度民主评议党员`,
          content: '党员个人自评、党员互评和民主测评。',
          mode: 'on_site',
          attendees: attendance(rng, org.members, planned + 1, 0.95, true),
        });
      }
    }
  }
  return { records, orgLife };
}

/** Who sits at a committee meeting: the seats, or a secretary and two senior members where there is no committee. */
function committeeOf(org: WorldOrg) {
  if (org.committee.length >= 3) return org.committee;
  const others = org.members.filter((m) => !org.committee.includes(m) && m.partyStatus === 'full');
  return [...org.committee, ...others.slice(0, 3 - org.committee.length)];
}
