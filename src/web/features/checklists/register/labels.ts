import type { RegisterItem } from '../../../../contracts/checklist-register.ts';
import { isMessageKey, type Translate } from '../../../app/i18n/index.tsx';

/** A code's label where the dictionary knows it, the raw code otherwise. */
function known(t: Translate, key: string, code: string): string {
  return isMessageKey(key) ? t(key) : code;
}

export const cadenceLabel = (t: Translate, cadence: string | null) =>
  cadence ? known(t, `clr.cadence.${cadence}`, cadence) : '—';
export const roleLabel = (t: Translate, role: string) => known(t, `clr.role.${role}`, role);

/** "12 次" / "80 %" for an item with a target, else null. */
export function targetLabel(t: Translate, item: Pick<RegisterItem, 'targetValue' | 'targetUnit'>): string | null {
  if (item.targetValue === null) return null;
  const unit = item.targetUnit ? known(t, `clr.unit.${item.targetUnit}`, item.targetUnit) : '';
  return `${item.targetValue} ${unit}`.trim();
}
