import { inArray } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { people } from '../../db/schema/people.ts';
import type { Actor } from '../../platform/actor.ts';
import { pathInScope } from '../../platform/scope.ts';
import { type Localized, m } from './import-table.ts';

/** People of an import by employee number, with the checks every training import makes on the 工号 and 姓名 cells. */
export async function peopleByEmployeeNo(db: Db, numbers: readonly string[]) {
  const unique = [...new Set(numbers)];
  const found = new Map<string, { id: number; name: string; unitPath: string }>();
  for (let i = 0; i < unique.length; i += 5000) {
    const rows = await db
      .select({ id: people.id, employeeNo: people.employeeNo, name: people.name, unitPath: people.unitPath })
      .from(people)
      .where(inArray(people.employeeNo, unique.slice(i, i + 5000)));
    for (const r of rows) found.set(r.employeeNo, r);
  }
  return found;
}

/**
 * The person a row names, or the problem of its 工号 / 姓名 cell. An unknown 工号 and
 * one outside the caller's scope read the same, so an import never tells who exists elsewhere.
 */
export function personOfRow(
  found: Map<string, { id: number; name: string; unitPath: string }>,
  actor: Actor,
  employeeNo: string,
  name: string | null,
): { id: number } | { column: 'employeeNo' | 'name'; message: Localized } {
  const p = found.get(employeeNo);
  if (!p || !pathInScope(p.unitPath, actor.scopePaths)) {
    return {
      column: 'employeeNo',
      message: m(
        `工号 ${employeeNo} 不存在或不在您的工作范围内`,
        `employee no. ${employeeNo} is unknown or outside your scope`,
      ),
    };
  }
  if (name !== null && name !== p.name) {
    return {
      column: 'name',
      message: m(`与工号 ${employeeNo} 的姓名不符`, `does not match employee no. ${employeeNo}`),
    };
  }
  return { id: p.id };
}
