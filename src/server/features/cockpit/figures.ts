import type { Cockpit } from '../../../contracts/cockpit.ts';
import type { Lang } from '../../../contracts/i18n.ts';
import type { Db } from '../../db/client.ts';
import type { Actor } from '../../platform/actor.ts';

export interface CockpitInput {
  /** Omitted: the caller's (first) scope root. */
  unitId: number | undefined;
  period: string;
  lang: Lang;
}

/**
 * The cockpit computed fresh from the modules' own services (no store).
 * Stub registered by the lead; H1 implements it (same signature).
 */
export async function computeCockpit(_db: Db, _actor: Actor, _q: CockpitInput, _now = new Date()): Promise<Cockpit> {
  throw new Error('computeCockpit is not implemented yet');
}
