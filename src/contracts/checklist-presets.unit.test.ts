import { describe, expect, it } from 'vitest';
import { presetForYear, SEED_001_NAME, SEED_001_TEMPLATE } from './checklist-presets.ts';
import { createTemplateBody } from './checklists.ts';

describe('seed-001 preset', () => {
  it('has 5 areas of 6 items, 30 in all, weights adding up to 100, and is a valid create body', () => {
    expect(SEED_001_TEMPLATE.areas).toHaveLength(5);
    expect(SEED_001_TEMPLATE.areas.map((a) => a.items.length)).toEqual([6, 6, 6, 6, 6]);
    const total = SEED_001_TEMPLATE.areas.flatMap((a) => a.items).reduce((s, i) => s + i.weight, 0);
    expect(Math.round(total * 100) / 100).toBe(100);
    const body = createTemplateBody.safeParse({
      ...presetForYear(SEED_001_TEMPLATE, 2027),
      unitId: 1,
      year: 2027,
      name: SEED_001_NAME,
    });
    expect(body.success).toBe(true);
    const roles = new Set(SEED_001_TEMPLATE.areas.flatMap((a) => a.items.map((i) => i.responsibleRole)));
    expect(roles.size).toBe(4);
  });
});
