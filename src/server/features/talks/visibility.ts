import { type SQL, sql } from 'drizzle-orm';
import type { Actor } from '../../platform/actor.ts';
import { inScope, pathInScope } from '../../platform/scope.ts';

/**
 * THE rule of who sees a confidential row (a talk, a due talk, a flag): its own
 * people (participants, the responsible secretary, the raiser), the CURRENT
 * secretary of its party org, and holders of talks.read_confidential whose scope
 * covers its unit. Everything that reads these rows adds this predicate in SQL.
 */
export interface Confidential {
  /** The caller's own tie to the row, given the caller's person and account ids. */
  own: (personId: number | null, accountId: number) => SQL | null;
  /** The row's party org (for its current secretary). */
  partyOrgId: SQL;
  /** The row's unit path (for the confidential readers' scope). */
  unitPath: SQL;
}

export const isConfidentialReader = (actor: Actor) => actor.permissions.has('talks.read_confidential');

/** The current secretary of an org is the given person. */
export const currentSecretaryIs = (partyOrgId: SQL, personId: number): SQL =>
  sql`exists (select 1 from party_org_committee sc where sc.party_org_id = ${partyOrgId}
    and sc.role = 'secretary' and sc.ended_on is null and sc.person_id = ${personId})`;

export function visibleTo(actor: Actor, row: Confidential): SQL {
  const parts: SQL[] = [];
  const own = row.own(actor.personId, actor.accountId);
  if (own) parts.push(own);
  if (actor.personId !== null) parts.push(currentSecretaryIs(row.partyOrgId, actor.personId));
  if (isConfidentialReader(actor)) parts.push(inScope(row.unitPath, actor));
  return parts.length === 0 ? sql`false` : sql`(${sql.join(parts, sql` or `)})`;
}

/** A talk (alias t, its unit u): initiator or counterpart. */
export const talkVisible = (actor: Actor): SQL =>
  visibleTo(actor, {
    own: (personId) =>
      personId === null ? null : sql`(t.initiator_person_id = ${personId} or t.counterpart_person_id = ${personId})`,
    partyOrgId: sql`t.party_org_id`,
    unitPath: sql`u.path`,
  });

/** A due talk (alias d, its unit u): the responsible person. */
export const dueVisible = (actor: Actor): SQL =>
  visibleTo(actor, {
    own: (personId) => (personId === null ? null : sql`d.responsible_person_id = ${personId}`),
    partyOrgId: sql`d.party_org_id`,
    unitPath: sql`u.path`,
  });

/** Due talks "mine": I am responsible, or I am the current secretary of its org. */
export const dueMine = (actor: Actor): SQL =>
  actor.personId === null
    ? sql`false`
    : sql`(d.responsible_person_id = ${actor.personId} or ${currentSecretaryIs(sql`d.party_org_id`, actor.personId)})`;

/** A flag (alias f, its person p): the raiser; the person's org; the person's unit. */
export const flagVisible = (actor: Actor): SQL =>
  visibleTo(actor, {
    own: (_p, accountId) => sql`f.raised_by = ${accountId}`,
    partyOrgId: sql`p.party_org_id`,
    unitPath: sql`p.unit_path`,
  });

/** Whether a confidential reader's scope covers a unit path (for edit rights on loaded rows). */
export const readsConfidentiallyAt = (actor: Actor, unitPath: string): boolean =>
  isConfidentialReader(actor) && pathInScope(unitPath, actor.scopePaths);
