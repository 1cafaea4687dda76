import { sql } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { arrayParam } from '../db/sql.ts';
import { DEMO_ACCOUNTS } from './accounts.ts';
import type { PlanPerson } from './plan.ts';
import { DEMO_PEOPLE } from './profiles.ts';

/**
 * The employee number of each demo account's person: the anchor of that name
 * placed in its unit (profiles.ts), found in the planned staff.
 */
export function accountPeople(people: readonly PlanPerson[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const a of DEMO_ACCOUNTS) {
    const anchor = DEMO_PEOPLE.find((p) => p.name === a.person);
    if (!anchor) continue;
    const person = people.find(
      (p) => p.name === anchor.name && p.unitCode === anchor.unitCode && p.employmentStatus === 'active',
    );
    if (person) out.set(a.username, person.employeeNo);
  }
  return out;
}

/** Ties each demo login to its person (accounts.person_id), in one statement. */
export async function linkAccountPeople(db: Db, links: ReadonlyMap<string, string>): Promise<void> {
  if (links.size === 0) return;
  await db.execute(sql`update accounts a set person_id = p.id
    from unnest(${arrayParam([...links.keys()])}::text[], ${arrayParam([...links.values()])}::text[]) as l(username, employee_no)
    join people p on p.employee_no = l.employee_no
    where a.username = l.username`);
}
