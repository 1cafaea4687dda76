import { normalizeIdNumber } from '../../../contracts/id-number.ts';
import type { FieldCipher } from '../../platform/crypto.ts';
import { maskIdNumber, maskPhone } from '../../platform/mask.ts';

/** The stored form of phone and ID number: ciphertext plus the masked form lists show. */
export interface SealedPersonal {
  phoneEnc: string | null;
  phoneMasked: string | null;
  idNumberEnc: string | null;
  idNumberMasked: string | null;
}

export function sealPersonal(
  cipher: FieldCipher,
  v: { phone?: string | null | undefined; idNumber?: string | null | undefined },
): SealedPersonal {
  const phone = v.phone?.trim() || null;
  const id = v.idNumber ? normalizeIdNumber(v.idNumber) : null;
  return {
    phoneEnc: phone ? cipher.encrypt(phone) : null,
    phoneMasked: phone ? maskPhone(phone) : null,
    idNumberEnc: id ? cipher.encrypt(id) : null,
    idNumberMasked: id ? maskIdNumber(id) : null,
  };
}

/** Phone and ID number as shown: in full when revealed, else the masked forms. */
export function personalOf(
  cipher: FieldCipher,
  row: SealedPersonal,
  reveal: boolean,
): { phone: string | null; idNumber: string | null } {
  if (!reveal) return { phone: row.phoneMasked, idNumber: row.idNumberMasked };
  return {
    phone: row.phoneEnc ? cipher.decrypt(row.phoneEnc) : null,
    idNumber: row.idNumberEnc ? cipher.decrypt(row.idNumberEnc) : null,
  };
}
