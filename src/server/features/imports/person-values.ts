import type {
  CadreGrade,
  EmploymentStatus,
  Gender,
  PartyRelation,
  PartyStatus,
} from '../../../contracts/registry-enums.ts';
import type { FieldCipher } from '../../platform/crypto.ts';
import { maskIdNumber, maskPhone } from '../../platform/mask.ts';
import { type SealedPersonal, sealPersonal } from '../people/sensitive.ts';
import type { StoredPerson } from './lookups.ts';

/** Phone or ID number from a row: keep the stored one, or this value (null clears it). */
export type PersonalCell = { keep: true } | { value: string | null };

/** A person as an import row leaves it. */
export interface PersonValues {
  employeeNo: string;
  name: string;
  gender: Gender;
  unitId: number;
  unitPath: string;
  position: string | null;
  cadreGrade: CadreGrade;
  employmentStatus: EmploymentStatus;
  hiredOn: string | null;
  leftOn: string | null;
  partyStatus: PartyStatus;
  joinedPartyOn: string | null;
  fullMemberOn: string | null;
  partyOrgId: number | null;
  partyRelation: PartyRelation | null;
  externalOrgName: string | null;
  phone: PersonalCell;
  idNumber: PersonalCell;
}

const PLAIN_FIELDS = [
  'name',
  'gender',
  'unitId',
  'position',
  'cadreGrade',
  'employmentStatus',
  'hiredOn',
  'leftOn',
  'partyStatus',
  'joinedPartyOn',
  'fullMemberOn',
  'partyOrgId',
  'partyRelation',
  'externalOrgName',
] as const satisfies readonly (keyof PersonValues & keyof StoredPerson)[];

/**
 * The row's phone or ID number as a keep when it equals the stored one, so an
 * unchanged value is neither counted as a change nor encrypted anew. Ciphertexts
 * differ on every encryption (random IV): the stored value is decrypted, and
 * only when the masked forms already agree.
 */
export function keepIfSame(
  cipher: FieldCipher,
  cell: PersonalCell,
  stored: StoredPerson | null,
  key: 'phone' | 'idNumber',
): PersonalCell {
  if ('keep' in cell || !stored) return cell;
  const [enc, masked, mask] =
    key === 'phone'
      ? [stored.phoneEnc, stored.phoneMasked, maskPhone]
      : [stored.idNumberEnc, stored.idNumberMasked, maskIdNumber];
  if (cell.value === null || enc === null) return cell.value === enc ? { keep: true } : cell;
  return masked === mask(cell.value) && cipher.decrypt(enc) === cell.value ? { keep: true } : cell;
}

/** Whether a row leaves a stored person as it is (phone and ID already reduced by keepIfSame). */
export function samePerson(stored: StoredPerson, v: PersonValues): boolean {
  for (const f of PLAIN_FIELDS) if (stored[f] !== v[f]) return false;
  return 'keep' in v.phone && 'keep' in v.idNumber;
}

/** The stored form of the row's phone and ID number: encrypted anew, or the stored ciphertext kept. */
export function sealedOf(cipher: FieldCipher, v: PersonValues, stored: StoredPerson | null): SealedPersonal {
  const fresh = sealPersonal(cipher, {
    phone: 'value' in v.phone ? v.phone.value : null,
    idNumber: 'value' in v.idNumber ? v.idNumber.value : null,
  });
  return {
    phoneEnc: 'keep' in v.phone ? (stored?.phoneEnc ?? null) : fresh.phoneEnc,
    phoneMasked: 'keep' in v.phone ? (stored?.phoneMasked ?? null) : fresh.phoneMasked,
    idNumberEnc: 'keep' in v.idNumber ? (stored?.idNumberEnc ?? null) : fresh.idNumberEnc,
    idNumberMasked: 'keep' in v.idNumber ? (stored?.idNumberMasked ?? null) : fresh.idNumberMasked,
  };
}
