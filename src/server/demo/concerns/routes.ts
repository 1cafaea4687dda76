import { PRESET_CATEGORIES } from '../../../contracts/concern-config.ts';
import { dayOf, isoOf } from '../dates.ts';
import type { DemoUnit } from '../units.ts';

/**
 * The demo's routing table and working-day calendar, at every scale: the
 * province and each city send each preset category to one of their own
 * departments (the first name of the preference list the unit has). 青州's
 * facilities go to its 运营管理部 (JN01B02), the demo handler's department.
 */
export type Category = (typeof PRESET_CATEGORIES)[number]['code'];

/** Department names by preference (the national generator's cities also have a 党建工作部). */
export const CITY_PREFERENCES: Record<Category, readonly string[]> = {
  business_development: ['个人金融部', '公司金融部'],
  staffing: ['人力资源部', '综合管理部'],
  facilities: ['运营管理部'],
  staff_welfare: ['综合管理部'],
  risk_compliance: ['风险合规部'],
  party_building: ['党建工作部', '综合管理部'],
  other: ['综合管理部'],
};
export const PROVINCE_PREFERENCES: Record<Category, readonly string[]> = {
  business_development: ['个人金融部', '公司金融部'],
  staffing: ['人力资源部'],
  facilities: ['运营管理部'],
  staff_welfare: ['工会办公室', '人力资源部'],
  risk_compliance: ['风险管理部', '法律合规部'],
  party_building: ['党建工作部'],
  other: ['办公室'],
};

export interface PlanRoute {
  unitCode: string;
  category: Category;
  departmentCode: string;
}

export function planRoutes(units: readonly DemoUnit[]): PlanRoute[] {
  const out: PlanRoute[] = [];
  for (const branch of units.filter((u) => u.kind === 'province' || u.kind === 'city')) {
    const departments = units.filter((u) => u.kind === 'department' && u.parentCode === branch.code);
    const prefs = branch.kind === 'province' ? PROVINCE_PREFERENCES : CITY_PREFERENCES;
    for (const { code: category } of PRESET_CATEGORIES) {
      const dept = prefs[category]
        .map((name) => departments.find((d) => d.name.endsWith(name)))
        .find((d) => d !== undefined);
      if (!dept) throw new Error(`demo routes: ${branch.code} has no department for ${category}`);
      out.push({ unitCode: branch.code, category, departmentCode: dept.code });
    }
  }
  return out;
}

export interface PlanCalendarDay {
  day: string;
  working: boolean;
  note: string;
}

/** Spring Festival (the first day of the lunar year), for the years the demo may be seeded in. */
const SPRING_FESTIVAL: Record<number, string> = {
  2024: '2024-02-10',
  2025: '2025-01-29',
  2026: '2026-02-17',
  2027: '2027-02-06',
  2028: '2028-01-26',
  2029: '2029-02-13',
  2030: '2030-02-03',
  2031: '2031-01-23',
  2032: '2032-02-11',
};

const weekday = (day: number) => (day + 4) % 7; // 1970-01-01 was a Thursday; 0 = Sunday
const range = (from: number, days: number) => Array.from({ length: days }, (_, i) => from + i);

/**
 * A plausible year of exceptions: 元旦, 春节 (eve + 7 days), 清明, 劳动节, 国庆 (Oct 1–7)
 * as days off where they fall on weekdays, and a make-up working Saturday before
 * the Spring Festival and after National Day.
 */
export function planCalendar(year: number): PlanCalendarDay[] {
  const off = new Map<number, string>();
  const holiday = (days: number[], note: string) => {
    for (const d of days) if (weekday(d) !== 0 && weekday(d) !== 6) off.set(d, note);
  };
  const spring = dayOf(SPRING_FESTIVAL[year] ?? `${year}-02-05`);
  holiday([dayOf(`${year}-01-01`)], '元旦');
  holiday(range(spring - 1, 8), '春节');
  holiday([dayOf(`${year}-04-04`)], '清明节');
  holiday(range(dayOf(`${year}-05-01`), 5), '劳动节');
  holiday(range(dayOf(`${year}-10-01`), 7), '国庆节');
  const saturdayBefore = (d: number) => d - ((weekday(d) + 1) % 7 || 7);
  const saturdayAfter = (d: number) => d + ((6 - weekday(d) + 7) % 7 || 7);
  const out: PlanCalendarDay[] = [...off].map(([d, note]) => ({ day: isoOf(d), working: false, note }));
  out.push({ day: isoOf(saturdayBefore(spring - 1)), working: true, note: '春节调休上班' });
  out.push({ day: isoOf(saturdayAfter(dayOf(`${year}-10-07`))), working: true, note: '国庆节调休上班' });
  return out.sort((a, b) => a.day.localeCompare(b.day));
}
