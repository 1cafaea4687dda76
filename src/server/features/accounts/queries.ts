import { asc, count, eq, ilike, inArray, or } from 'drizzle-orm';
import type { Account } from '../../../contracts/accounts.ts';
import { ROLES, type Role } from '../../../contracts/roles.ts';
import type { Db } from '../../db/client.ts';
import { accountRoles, accountScopes, accounts } from '../../db/schema/accounts.ts';
import { units } from '../../db/schema/units.ts';
import { notFound } from '../../platform/errors.ts';
import { type Page, paged } from '../../platform/paging.ts';
import { escapeLike } from '../../platform/scope.ts';

const isRole = (r: string): r is Role => (ROLES as readonly string[]).includes(r);

type AccountRow = typeof accounts.$inferSelect;

/** Attaches roles and scope units to account rows with two queries, whatever the page size. */
async function withGrants(db: Db, rows: AccountRow[]): Promise<Account[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const [roleRows, scopeRows] = await Promise.all([
    db.select().from(accountRoles).where(inArray(accountRoles.accountId, ids)),
    db
      .select({ accountId: accountScopes.accountId, id: units.id, code: units.code, name: units.name })
      .from(accountScopes)
      .innerJoin(units, eq(units.id, accountScopes.unitId))
      .where(inArray(accountScopes.accountId, ids))
      .orderBy(asc(units.path)),
  ]);
  return rows.map((r) => ({
    id: r.id,
    username: r.username,
    displayName: r.displayName,
    disabled: r.disabled,
    mustChangePassword: r.mustChangePassword,
    roles: ROLES.filter((role) => roleRows.some((x) => x.accountId === r.id && x.role === role && isRole(x.role))),
    scope: scopeRows.filter((s) => s.accountId === r.id).map(({ id, code, name }) => ({ id, code, name })),
    lastLoginAt: r.lastLoginAt?.toISOString() ?? null,
    createdAt: r.createdAt.toISOString(),
    version: r.version,
  }));
}

export async function listAccounts(
  db: Db,
  query: { page: number; pageSize: number; q?: string | undefined },
): Promise<Page<Account>> {
  const where = query.q
    ? or(ilike(accounts.username, `%${escapeLike(query.q)}%`), ilike(accounts.displayName, `%${escapeLike(query.q)}%`))
    : undefined;
  return paged(
    query,
    (limit, offset) =>
      db.select().from(accounts).where(where).orderBy(asc(accounts.username)).limit(limit).offset(offset),
    () => db.select({ n: count() }).from(accounts).where(where),
    (rows) => withGrants(db, rows),
  );
}

export async function getAccount(db: Db, id: number): Promise<Account> {
  const [row] = await db.select().from(accounts).where(eq(accounts.id, id));
  if (!row) throw notFound();
  const [account] = await withGrants(db, [row]);
  return account!;
}

/** The stored row, locked for the rest of the transaction, or 404. */
export async function lockAccount(db: Db, id: number): Promise<AccountRow> {
  const [row] = await db.select().from(accounts).where(eq(accounts.id, id)).for('update');
  if (!row) throw notFound();
  return row;
}
