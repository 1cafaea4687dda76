import { describe, expect, it } from 'vitest';
import { idNumberProblem } from '../../contracts/id-number.ts';
import { PHONE_PATTERN } from '../../contracts/people.ts';
import { termStatus } from '../../contracts/registry-enums.ts';
import { planCalendar, planRoutes } from './concerns/routes.ts';
import { planDemo } from './seed.ts';
import { demoUnits } from './units.ts';

const TODAY = '2026-11-20';
const test = planDemo({ scale: 'test', today: TODAY });
const province = planDemo({ scale: 'province', today: TODAY });

function figures(plan: typeof province) {
  const active = plan.registry.people.filter((p) => p.employmentStatus === 'active');
  const members = active.filter((p) => p.partyStatus !== 'none');
  const outlets = plan.units.filter((u) => u.kind === 'outlet');
  const withMember = new Set(members.map((m) => m.unitCode));
  const statuses = plan.registry.orgs.map((o) => termStatus(o.termEnd, TODAY));
  return {
    active: active.length,
    outlets: outlets.length,
    counties: plan.units.filter((u) => u.kind === 'county').length,
    cities: plan.units.filter((u) => u.kind === 'city').length,
    blank: outlets.filter((o) => !withMember.has(o.code)).length / outlets.length,
    members: members.length / active.length,
    probationary: members.filter((m) => m.partyStatus === 'probationary').length / members.length,
    outside: members.filter((m) => m.partyRelation === 'outside').length / members.length,
    midOrAbove: active.filter((p) => p.cadreGrade === 'mid' || p.cadreGrade === 'senior').length / active.length,
    expiring: statuses.filter((s) => s === 'expiring').length,
    overdue: statuses.filter((s) => s === 'overdue').length,
  };
}

describe('demo enterprise', () => {
  it('keeps the first three cities as they were; the test scale is exactly them', () => {
    const small = demoUnits('test');
    const codes = new Set(small.map((u) => u.code));
    expect(small).toHaveLength(60);
    expect(codes.has('JN010101') && codes.has('JN010104')).toBe(true);
    expect(small.some((u) => u.code.startsWith('JN04'))).toBe(false);
    expect(demoUnits('province').filter((u) => codes.has(u.code))).toEqual(small);
  });

  it('is the same every time for a given day', () => {
    const again = planDemo({ scale: 'test', today: TODAY });
    expect(again.registry).toEqual(test.registry);
  });

  it('grows to a realistic province', () => {
    const f = figures(province);
    expect(f.cities).toBe(14);
    expect(f.counties).toBeGreaterThanOrEqual(100);
    expect(f.outlets).toBeGreaterThanOrEqual(600);
    expect(f.active).toBeGreaterThanOrEqual(10_000);
    expect(f.blank).toBeGreaterThanOrEqual(0.08);
    expect(f.blank).toBeLessThanOrEqual(0.15);
    expect(f.members).toBeGreaterThan(0.3);
    expect(f.probationary).toBeGreaterThanOrEqual(0.03);
    expect(f.probationary).toBeLessThanOrEqual(0.05);
    expect(f.outside).toBeGreaterThanOrEqual(0.12);
    expect(f.outside).toBeLessThanOrEqual(0.18);
    expect(f.midOrAbove).toBeGreaterThanOrEqual(0.03);
    expect(f.midOrAbove).toBeLessThanOrEqual(0.05);
    expect(f.expiring).toBeGreaterThanOrEqual(3);
    expect(f.overdue).toBeGreaterThanOrEqual(2);
  });

  it('gives the tests a blank outlet, external members, terms of every status and a branch at JN010101', () => {
    const f = figures(test);
    expect(f.blank).toBeGreaterThan(0);
    expect(f.outside).toBeGreaterThan(0);
    expect(f.expiring).toBeGreaterThan(0);
    expect(f.overdue).toBeGreaterThan(0);
    const branch = test.registry.orgs.find((o) => o.code === 'DZB-JN010101');
    expect(branch?.unitCode).toBe('JN010101');
    const secretary = test.registry.seats.find(
      (s) => s.orgCode === 'DZB-JN010101' && s.role === 'secretary' && !s.endedOn,
    );
    expect(test.registry.people.find((p) => p.employeeNo === secretary?.employeeNo)?.name).toBe('赵敏');
    const chair = test.registry.seats.find((s) => s.orgCode === 'DW-JN' && s.role === 'secretary' && !s.endedOn);
    expect(test.registry.people.find((p) => p.employeeNo === chair?.employeeNo)?.name).toBe('王建国');
  });

  it('writes only valid, clearly fictional phones and ID numbers', () => {
    for (const p of province.registry.people) {
      expect(p.phone).toMatch(PHONE_PATTERN);
      expect(idNumberProblem(p.idNumber)).toBeNull();
      // The demo's reserved order-code block.
      expect(p.idNumber[14]).toBe('9');
    }
  });

  it('seats only active full members inside the enterprise, from the org they lead', () => {
    const byNo = new Map(province.registry.people.map((p) => [p.employeeNo, p]));
    for (const s of province.registry.seats) {
      const p = byNo.get(s.employeeNo)!;
      expect(p.partyStatus).toBe('full');
      expect(p.partyRelation).toBe('inside');
      expect(s.startedOn <= TODAY).toBe(true);
      if (s.endedOn) expect(s.endedOn > s.startedOn).toBe(true);
    }
    expect(province.registry.seats.some((s) => s.endedOn)).toBe(true);
  });

  it('routes every preset category of the province and each city to a department of its own', () => {
    for (const scale of ['test', 'province'] as const) {
      const units = demoUnits(scale);
      const routes = planRoutes(units);
      const branches = units.filter((u) => u.kind === 'province' || u.kind === 'city');
      expect(routes).toHaveLength(branches.length * 7);
      const byCode = new Map(units.map((u) => [u.code, u]));
      for (const r of routes) expect(byCode.get(r.departmentCode)?.parentCode).toBe(r.unitCode);
      // The demo handler's department takes 青州's facilities (the end-to-end flow relies on it).
      expect(routes.find((r) => r.unitCode === 'JN01' && r.category === 'facilities')?.departmentCode).toBe('JN01B02');
    }
  });

  it('plans a calendar of weekday holidays and weekend make-up days', () => {
    const days = planCalendar(2026);
    const weekday = (iso: string) => new Date(`${iso}T00:00:00Z`).getUTCDay();
    expect(days.filter((d) => !d.working).every((d) => weekday(d.day) >= 1 && weekday(d.day) <= 5)).toBe(true);
    expect(days.filter((d) => d.working).map((d) => weekday(d.day))).toEqual([6, 6]);
    expect(days.some((d) => d.day === '2026-10-01' && !d.working)).toBe(true);
  });
});
