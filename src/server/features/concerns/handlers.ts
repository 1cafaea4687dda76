import { and, asc, eq, sql } from 'drizzle-orm';
import type { Lang } from '../../../contracts/i18n.ts';
import type { Db } from '../../db/client.ts';
import { accountRoles, accountScopes, accounts } from '../../db/schema/accounts.ts';
import { units } from '../../db/schema/units.ts';
import { invalidField } from '../../platform/errors.ts';

/**
 * Accounts that may be a department's designated handler: enabled, holding the
 * handler role, with a scope that contains the department.
 */
export async function handlersOf(db: Db, departmentPath: string): Promise<{ id: number; name: string }[]> {
  return db
    .selectDistinct({ id: accounts.id, name: accounts.displayName })
    .from(accounts)
    .innerJoin(accountRoles, and(eq(accountRoles.accountId, accounts.id), eq(accountRoles.role, 'handler')))
    .innerJoin(accountScopes, eq(accountScopes.accountId, accounts.id))
    .innerJoin(units, eq(units.id, accountScopes.unitId))
    .where(and(eq(accounts.disabled, false), sql`${departmentPath} like ${units.path} || '%'`))
    .orderBy(asc(accounts.displayName), asc(accounts.id));
}

/** The designated handler named in a request, if they may handle this department; else the field is refused. */
export async function checkHandler(db: Db, lang: Lang, accountId: number, departmentPath: string): Promise<number> {
  const ok = (await handlersOf(db, departmentPath)).some((h) => h.id === accountId);
  if (!ok) {
    throw invalidField(lang, 'handlerAccountId', 'not_handler', {
      'zh-CN': '须为该部门的归口部门责任人账号',
      'en-US': 'must be an account holding the handler role over the department',
    });
  }
  return accountId;
}
