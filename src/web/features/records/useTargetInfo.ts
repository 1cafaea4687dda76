import { useQuery } from '@tanstack/react-query';
import { fetchPairing, pairingKeys } from '../pairings/api.ts';
import { fetchPartyOrg, partyOrgKeys } from '../party-orgs/api.ts';
import { fetchUnitDetail, unitKeys } from '../units/api.ts';
import type { TargetValue } from './formValues.ts';

export interface TargetInfo {
  name: string;
  /** Whose people attend: the pairing's target unit (or its scope unit), the org's unit, the unit. */
  unitId: number;
  /** A line under the name (the scheme and holder, the unit). */
  detail: string;
}

/** The name and unit of what a record is about, for the title and the attendees. */
export function useTargetInfo(target: TargetValue | undefined): TargetInfo | null {
  const id = target?.id ?? 0;
  const pairing = useQuery({
    queryKey: pairingKeys.detail(id),
    queryFn: () => fetchPairing(id),
    enabled: target?.type === 'pairing' && id > 0,
  });
  const org = useQuery({
    queryKey: partyOrgKeys.detail(id),
    queryFn: () => fetchPartyOrg(id),
    enabled: target?.type === 'party_org' && id > 0,
  });
  const unit = useQuery({
    queryKey: unitKeys.detail(id),
    queryFn: () => fetchUnitDetail(id),
    enabled: target?.type === 'unit' && id > 0,
  });
  if (!target?.id) return null;
  if (target.type === 'pairing' && pairing.data) {
    const p = pairing.data;
    return {
      name: p.target.name,
      unitId: p.targetType === 'unit' ? p.target.id : p.scopeUnit.id,
      detail: `${p.scheme.name} · ${p.person.name}`,
    };
  }
  if (target.type === 'party_org' && org.data) {
    return { name: org.data.name, unitId: org.data.unit.id, detail: org.data.unit.name };
  }
  if (target.type === 'unit' && unit.data) {
    return { name: unit.data.name, unitId: unit.data.id, detail: unit.data.ancestors.map((a) => a.name).join(' / ') };
  }
  return null;
}
