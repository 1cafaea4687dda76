import type { ActionKind } from '../../../contracts/actions.ts';
import { withQuery } from '../../app/api/client.ts';

/** The record form, prefilled with the kind and what the action is recorded against. */
export function newRecordPath(kind: ActionKind, target: { pairingId?: number | null; partyOrgId?: number | null }) {
  return withQuery('/records/new', { kind, pairingId: target.pairingId, partyOrgId: target.partyOrgId });
}
