import type { RollupCounts } from '../../../contracts/registry.ts';
import type { Permission } from '../../../contracts/roles.ts';
import { withQuery } from '../../app/api/client.ts';
import type { MessageKey } from '../../app/i18n/index.tsx';

/** The roll-up's figures in the order they are shown, each with its label and the list behind it. */
export const COUNT_KEYS = [
  'units',
  'outlets',
  'staff',
  'membersFull',
  'membersProbationary',
  'partyOrgs',
  'blankOutlets',
  'membersExternal',
] as const satisfies readonly (keyof RollupCounts)[];
export type CountKey = (typeof COUNT_KEYS)[number];

export const COUNT_LABELS: Record<CountKey, MessageKey> = {
  units: 'rollup.units',
  outlets: 'rollup.outlets',
  staff: 'rollup.staff',
  membersFull: 'rollup.membersFull',
  membersProbationary: 'rollup.membersProbationary',
  partyOrgs: 'rollup.partyOrgs',
  blankOutlets: 'rollup.blankOutlets',
  membersExternal: 'rollup.membersExternal',
};

/** The page that lists what a figure counts, for the subtree of `unitId`. */
export function countLink(key: CountKey, unitId: number): string {
  switch (key) {
    case 'units':
      return withQuery('/units/list', { unitId });
    case 'outlets':
      return withQuery('/units/list', { unitId, kind: 'outlet' });
    case 'staff':
      return withQuery('/people', { unitId });
    case 'membersFull':
      return withQuery('/people', { unitId, partyStatus: 'full' });
    case 'membersProbationary':
      return withQuery('/people', { unitId, partyStatus: 'probationary' });
    case 'partyOrgs':
      return withQuery('/party-orgs', { unitId });
    case 'blankOutlets':
      return withQuery('/coverage', { unitId, tab: 'blank' });
    case 'membersExternal':
      return withQuery('/people', { unitId, partyStatus: 'member', partyRelation: 'outside' });
  }
}

/** Which permission opens the list behind a figure (the unit lists need only the tree). */
export function countPermission(key: CountKey): Permission {
  return key === 'units' || key === 'outlets' ? 'units.read' : 'registry.read';
}
