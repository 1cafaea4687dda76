import type { ActionKind } from '../../../contracts/actions.ts';
import type { HomePairing, SlaCountdown } from '../../../contracts/home.ts';
import { withQuery } from '../../app/api/client.ts';
import type { MessageKey } from '../../app/i18n/index.tsx';

/** What "记录走访" records when nothing is due: a field stay (蹲点) at the outlet. */
export const DEFAULT_VISIT_KIND: ActionKind = 'field_stay';

/** The record form for a pairing, its kind the most pressing open item's (else a field stay). */
export function visitPath(p: Pick<HomePairing, 'pairingId' | 'items'>): string {
  const kind = p.items[0]?.rule.actionKind ?? DEFAULT_VISIT_KIND;
  return withQuery('/records/new', { kind, pairingId: p.pairingId });
}

/** The concern form with the pairing's outlet chosen. */
export const raiseConcernPath = (unitId: number) => withQuery('/concerns/new', { unitId });

/** "剩 3 个工作日" / "今天到期" / "已逾期 2 天": the key, its days and the tag colour. */
export function slaLabel(sla: SlaCountdown): { key: MessageKey; days: number; color: string } {
  const working = sla.dayKind === 'working';
  if (sla.daysLeft < 0) {
    return { key: working ? 'home.sla.overdueWorking' : 'home.sla.overdue', days: -sla.daysLeft, color: 'red' };
  }
  if (sla.daysLeft === 0) return { key: 'home.sla.today', days: 0, color: 'orange' };
  return {
    key: working ? 'home.sla.leftWorking' : 'home.sla.left',
    days: sla.daysLeft,
    color: sla.daysLeft <= 2 ? 'orange' : 'blue',
  };
}
