import { personRuleProblems } from '../../contracts/person-rules.ts';
import { isoOf } from './dates.ts';
import { planPartyOrgs } from './party-orgs.ts';
import { type PeopleOptions, planPeople } from './people.ts';
import type { PlanPerson, RegistryPlan } from './plan.ts';
import type { TermShares } from './terms.ts';
import type { Tree } from './tree.ts';

/**
 * The people and party orgs of a unit tree, planned in memory: staff first,
 * then the orgs their numbers call for, then a check that every person passes
 * the registry's rules exactly as the API would judge them.
 */
export interface RegistryOptions extends PeopleOptions {
  rootParentOrgCode: string | null;
  terms: TermShares;
}

export interface PlannedRegistry extends RegistryPlan {
  blankOutlets: ReadonlySet<string>;
}

export function planRegistry(tree: Tree, opts: RegistryOptions): PlannedRegistry {
  const { people, transfers, blankOutlets } = planPeople(tree, opts);
  const { orgs, seats } = planPartyOrgs(tree, people, {
    rng: opts.rng,
    today: opts.today,
    rootParentOrgCode: opts.rootParentOrgCode,
    terms: opts.terms,
  });
  assertPeopleValid(people, isoOf(opts.today));
  return { people, orgs, seats, transfers, blankOutlets };
}

/** Throws on the first generated person the registry would refuse (a generator bug, never data). */
export function assertPeopleValid(people: readonly PlanPerson[], today: string): void {
  for (const p of people) {
    const problems = personRuleProblems(
      {
        partyStatus: p.partyStatus,
        partyRelation: p.partyRelation,
        hasPartyOrg: p.partyOrgCode !== null,
        externalOrgName: p.externalOrgName,
        joinedPartyOn: p.joinedPartyOn,
        fullMemberOn: p.fullMemberOn,
        employmentStatus: p.employmentStatus,
        hiredOn: p.hiredOn,
        leftOn: p.leftOn,
      },
      today,
    );
    if (problems.length) {
      const what = problems.map((x) => `${x.field}: ${x.reason}`).join(', ');
      throw new Error(`generated person ${p.employeeNo} breaks the registry rules (${what})`);
    }
  }
}
