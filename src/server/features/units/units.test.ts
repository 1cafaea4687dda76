import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { fileTestEnv } from '../../../../tests/helpers/app.ts';
import type { ApiError } from '../../../contracts/errors.ts';
import type { Unit, UnitDetail } from '../../../contracts/units.ts';
import { auditLog } from '../../db/schema/audit.ts';
import { units } from '../../db/schema/units.ts';

const env = fileTestEnv();

describe('unit tree cut to the data scope', () => {
  it('shows each account its scope roots', async () => {
    const cases: [string, string[]][] = [
      ['admin', ['JN']],
      ['counselor', ['JN01']],
      ['secretary', ['JN010101']],
    ];
    for (const [username, codes] of cases) {
      const c = await env.as(username);
      const res = await c.get<Unit[]>('/api/units');
      expect(res.body.map((u) => u.code)).toEqual(codes);
    }
  });

  it('counts children from the records and lists them in order', async () => {
    const admin = await env.as('admin');
    const [root] = (await admin.get<Unit[]>('/api/units')).body;
    const stored = await env.database.db.select().from(units).where(eq(units.parentId, root!.id));
    expect(root!.childCount).toBe(stored.length);
    const children = await admin.get<Unit[]>(`/api/units?parentId=${root!.id}`);
    expect(children.body.map((u) => u.code)).toEqual(
      [...stored].sort((a, b) => a.sortOrder - b.sortOrder || a.code.localeCompare(b.code)).map((u) => u.code),
    );
  });

  it('answers 404 for a unit outside the scope, exactly like a missing one, and audits the denial', async () => {
    const counselor = await env.as('counselor');
    const outside = await counselor.get<ApiError>(`/api/units/${env.fixture.unit('JN02')}`);
    const missing = await counselor.get<ApiError>('/api/units/987654');
    expect(outside.status).toBe(404);
    expect(outside.body).toEqual(missing.body);
    const children = await counselor.get<ApiError>(`/api/units?parentId=${env.fixture.unit('JN')}`);
    expect(children.status).toBe(404);
    const denials = await env.database.db.select().from(auditLog).where(eq(auditLog.action, 'access.denied'));
    expect(denials.some((d) => d.targetType === 'unit' && d.targetId === String(env.fixture.unit('JN02')))).toBe(true);
  });

  it('gives a unit with its ancestors inside the scope only', async () => {
    const counselor = await env.as('counselor');
    const outlet = await counselor.get<UnitDetail>(`/api/units/${env.fixture.unit('JN010101')}`);
    expect(outlet.status).toBe(200);
    expect(outlet.body.kind).toBe('outlet');
    expect(outlet.body.ancestors.map((a) => a.name)).toEqual(['青州市分行', '青州北城支行']);
  });

  it('hides deactivated units unless asked', async () => {
    const admin = await env.as('admin');
    const county = env.fixture.unit('JN0101');
    await env.database.db.update(units).set({ active: false }).where(eq(units.code, 'JN010104'));
    const active = await admin.get<Unit[]>(`/api/units?parentId=${county}`);
    const all = await admin.get<Unit[]>(`/api/units?parentId=${county}&includeInactive=true`);
    expect(all.body.length - active.body.length).toBe(1);
    expect(active.body.some((u) => u.code === 'JN010104')).toBe(false);
  });
});

describe('unit picker (security administrator)', () => {
  it('walks and searches the whole tree', async () => {
    const sec = await env.as('secadmin');
    const roots = await sec.get<{ code: string }[]>('/api/units/picker');
    expect(roots.body.map((u) => u.code).sort()).toEqual(['JN', 'XB']);
    const found = await sec.get<{ code: string; childCount: number }[]>(
      `/api/units/picker?q=${encodeURIComponent('人民路')}`,
    );
    expect(found.body).toEqual([expect.objectContaining({ code: 'JN010101', childCount: 0 })]);
    const cities = await sec.get<{ code: string; childCount: number }[]>(
      `/api/units/picker?parentId=${env.fixture.unit('JN')}`,
    );
    const stored = await env.database.db
      .select()
      .from(units)
      .where(eq(units.parentId, env.fixture.unit('JN01')));
    expect(cities.body.find((u) => u.code === 'JN01')?.childCount).toBe(stored.length);
  });

  it('is not open to business roles, and the tree is not open to the security administrator', async () => {
    const admin = await env.as('admin');
    expect((await admin.get('/api/units/picker')).status).toBe(403);
    const sec = await env.as('secadmin');
    expect((await sec.get('/api/units')).status).toBe(403);
  });
});
