import { eq } from 'drizzle-orm';
import type { Role } from '../../src/contracts/roles.ts';
import type { Db } from '../../src/server/db/client.ts';
import { accountRoles, accountScopes, accounts } from '../../src/server/db/schema/accounts.ts';
import { units } from '../../src/server/db/schema/units.ts';
import { DEMO_ACCOUNTS } from '../../src/server/demo/accounts.ts';
import { seedDemo } from '../../src/server/demo/seed.ts';
import { insertUnits } from '../../src/server/features/units/insert.ts';
import type { FieldCipher } from '../../src/server/platform/crypto.ts';

/** What tests refer to by name: unit ids by code, account ids by username. */
export interface Fixture {
  unit: (code: string) => number;
  account: (username: string) => number;
  /** A unit under no fixture account's scope (a second province). */
  outsideUnitId: number;
}

/**
 * The demo enterprise at test scale (its first three cities, small staff, their
 * party orgs), plus what the demo lacks for tests: a province outside every
 * scope, and a supervisor account (a role without a demo login). People are
 * sealed with the test apps' data key.
 */
export async function seedFixture(db: Db, cipher: FieldCipher): Promise<Fixture> {
  await seedDemo(db, cipher, { scale: 'test' });
  await insertUnits(db, [
    { code: 'XB', name: '西北省分行', kind: 'province', parentCode: null },
    { code: 'XB01', name: '河西市分行', kind: 'city', parentCode: 'XB' },
    { code: 'XB0101', name: '河西东街网点', kind: 'outlet', parentCode: 'XB01' },
  ]);
  const [admin] = await db.select().from(accounts).where(eq(accounts.username, 'admin'));
  await addAccount(db, 'supervisor', '吴刚（党委委员）', 'supervisor', ['JN01'], admin!.passwordHash);
  const unitRows = await db.select({ id: units.id, code: units.code }).from(units);
  const accountRows = await db.select({ id: accounts.id, username: accounts.username }).from(accounts);
  const unitIds = new Map(unitRows.map((u) => [u.code, u.id]));
  const accountIds = new Map(accountRows.map((a) => [a.username, a.id]));
  const get = <T>(m: Map<string, T>, k: string): T => {
    const v = m.get(k);
    if (v === undefined) throw new Error(`fixture has no ${k}`);
    return v;
  };
  return {
    unit: (code) => get(unitIds, code),
    account: (username) => get(accountIds, username),
    outsideUnitId: get(unitIds, 'XB01'),
  };
}

/** Inserts an account with a given role and scope directly (bypassing the API, for set-up only). */
export async function addAccount(
  db: Db,
  username: string,
  displayName: string,
  role: Role,
  scopeCodes: string[],
  passwordHash: string,
): Promise<number> {
  const [row] = await db
    .insert(accounts)
    .values({ username, displayName, passwordHash, mustChangePassword: false })
    .returning({ id: accounts.id });
  const id = row!.id;
  await db.insert(accountRoles).values({ accountId: id, role });
  for (const code of scopeCodes) {
    const [u] = await db.select({ id: units.id }).from(units).where(eq(units.code, code));
    await db.insert(accountScopes).values({ accountId: id, unitId: u!.id });
  }
  return id;
}

/** Every role and the fixture account that holds it. */
export const ROLE_ACCOUNTS: Record<Role, string> = {
  ...(Object.fromEntries(DEMO_ACCOUNTS.map((a) => [a.role, a.username])) as Record<Role, string>),
  supervisor: 'supervisor',
};
