import type { Lang } from '../../../contracts/i18n.ts';
import { defaultTermEnd, type PartyOrgKind } from '../../../contracts/registry-enums.ts';
import type { Db } from '../../db/client.ts';
import type { Actor } from '../../platform/actor.ts';
import { invalidField } from '../../platform/errors.ts';
import { loadPartyOrgInScope } from './queries.ts';

interface OrgDates {
  kind: PartyOrgKind;
  termStart?: string | null | undefined;
  termEnd?: string | null | undefined;
  foundedOn?: string | null | undefined;
  dissolvedOn?: string | null | undefined;
}

/** The term end as given, or the kind's term length from its start; refuses ends before starts. */
export function resolveDates(lang: Lang, d: OrgDates) {
  const termStart = d.termStart ?? null;
  const termEnd = d.termEnd === undefined && termStart ? defaultTermEnd(d.kind, termStart) : (d.termEnd ?? null);
  if (termStart && termEnd && termEnd < termStart) {
    throw invalidField(lang, 'termEnd', 'before_start', {
      'zh-CN': '不能早于任期开始',
      'en-US': 'cannot be before the term start',
    });
  }
  if (d.foundedOn && d.dissolvedOn && d.dissolvedOn < d.foundedOn) {
    throw invalidField(lang, 'dissolvedOn', 'before_founded', {
      'zh-CN': '不能早于成立日期',
      'en-US': 'cannot be before the founding date',
    });
  }
  return { termStart, termEnd, foundedOn: d.foundedOn ?? null, dissolvedOn: d.dissolvedOn ?? null };
}

/** A parent party org in scope, and never the org itself or one of its descendants. */
export async function assertParent(
  db: Db,
  actor: Actor,
  lang: Lang,
  parentId: number | null | undefined,
  selfId?: number,
) {
  if (!parentId) return;
  let cursor: number | null = parentId;
  for (let depth = 0; cursor !== null && depth < 50; depth++) {
    if (cursor === selfId) {
      throw invalidField(lang, 'parentId', 'cycle', {
        'zh-CN': '不能是本组织或其下级组织',
        'en-US': 'cannot be the org itself or below it',
      });
    }
    const { org } = await loadPartyOrgInScope(db, actor, cursor);
    cursor = org.parentId;
  }
}
