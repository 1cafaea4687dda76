import { sql } from 'drizzle-orm';
import { permissionsOf, type Role } from '../src/contracts/roles.ts';
import type { Database } from '../src/server/db/client.ts';
import { rowsOf } from '../src/server/db/sql.ts';
import type { Actor } from '../src/server/platform/actor.ts';

/** An actor with `roles` whose scope is one unit's subtree, as a session would load it. */
export async function benchActor(
  database: Database,
  who: { roles: readonly Role[]; scopeUnitId: number; personId?: number | null; accountId?: number },
): Promise<Actor> {
  const [u] = rowsOf<{ path: string }>(
    await database.db.execute(sql`select path from units where id = ${who.scopeUnitId}`),
  );
  return {
    accountId: who.accountId ?? 0,
    username: 'bench',
    displayName: 'bench',
    personId: who.personId ?? null,
    roles: [...who.roles],
    permissions: new Set(permissionsOf(who.roles)),
    scopeUnitIds: [who.scopeUnitId],
    scopePaths: [u!.path],
    mustChangePassword: false,
    passwordExpiresAt: null,
    sessionId: 'bench',
    csrfToken: 'bench',
    sessionExpiresAt: new Date(Date.now() + 86_400_000),
  };
}

/** Wall-clock samples of `rounds` sequential calls after one warm-up call. */
export async function measure(run: () => Promise<void>, rounds: number, target: number): Promise<number[]> {
  const t0 = performance.now();
  await run();
  const first = performance.now() - t0;
  // Far over its target, one run says enough (and repeating it would take minutes).
  if (first > 10 * target) return [first];
  const samples: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const t = performance.now();
    await run();
    samples.push(performance.now() - t);
  }
  return samples;
}
