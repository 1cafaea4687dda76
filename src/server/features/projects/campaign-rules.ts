import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Lang } from '../../../contracts/i18n.ts';
import { type CampaignKind, type CreateCampaignBody, ORG_CAMPAIGN_KINDS } from '../../../contracts/projects.ts';
import { PARTY_ORG_KINDS } from '../../../contracts/registry-enums.ts';
import { UNIT_KINDS } from '../../../contracts/units.ts';
import type { Db } from '../../db/client.ts';
import { partyOrgs } from '../../db/schema/party-orgs.ts';
import { projectCampaigns } from '../../db/schema/projects.ts';
import { units } from '../../db/schema/units.ts';
import type { Actor } from '../../platform/actor.ts';
import { duplicate, invalidField, outOfReachField } from '../../platform/errors.ts';
import { escapeLike, inScope } from '../../platform/scope.ts';
import { datesInOrder } from './phases.ts';

/** The checks a campaign's content passes on create and on update (decision 0016). */

/** The organizing party org: not dissolved, its unit in the caller's scope. */
export async function organizerInReach(db: Db, actor: Actor, lang: Lang, orgId: number) {
  const [org] = await db
    .select({ id: partyOrgs.id, name: partyOrgs.name, unitId: partyOrgs.unitId, path: units.path })
    .from(partyOrgs)
    .innerJoin(units, eq(units.id, partyOrgs.unitId))
    .where(and(eq(partyOrgs.id, orgId), isNull(partyOrgs.dissolvedOn), inScope(units.path, actor)));
  if (!org) throw outOfReachField(lang, 'organizerOrgId');
  return org;
}

type Content = Pick<
  CreateCampaignBody,
  | 'eligibleUnitId'
  | 'proposerKinds'
  | 'proposalOpens'
  | 'proposalDue'
  | 'reviewDue'
  | 'implementationDue'
  | 'evaluationDue'
  | 'reviewCriteria'
  | 'evaluationCriteria'
>;

/** Checks the content; answers the eligible unit's path. */
export async function checkContent(
  db: Db,
  actor: Actor,
  lang: Lang,
  kind: CampaignKind,
  organizerPath: string,
  b: Content,
): Promise<string> {
  const [eligible] = await db
    .select({ path: units.path })
    .from(units)
    .where(
      and(
        eq(units.id, b.eligibleUnitId),
        inScope(units.path, actor),
        sql`${units.path} like ${`${escapeLike(organizerPath)}%`}`,
      ),
    );
  if (!eligible) throw outOfReachField(lang, 'eligibleUnitId');
  const allowed: readonly string[] = ORG_CAMPAIGN_KINDS.includes(kind) ? PARTY_ORG_KINDS : UNIT_KINDS;
  if (b.proposerKinds.some((k) => !allowed.includes(k))) {
    throw invalidField(lang, 'proposerKinds', 'kind_mismatch', {
      'zh-CN': ORG_CAMPAIGN_KINDS.includes(kind) ? '须为党组织类型' : '须为机构类型（如科室、部门）',
      'en-US': ORG_CAMPAIGN_KINDS.includes(kind)
        ? 'must be party org kinds'
        : 'must be unit kinds (sections, departments)',
    });
  }
  const late = datesInOrder(b);
  if (late) {
    throw invalidField(lang, late, 'order', {
      'zh-CN': '不能早于前一阶段的日期',
      'en-US': 'cannot be before the previous date',
    });
  }
  for (const field of ['reviewCriteria', 'evaluationCriteria'] as const) {
    const sum = b[field].reduce((s, k) => s + k.weightPct, 0);
    if (sum !== 100) {
      throw invalidField(lang, field, 'weights', {
        'zh-CN': `权重合计须为100（现为${sum}）`,
        'en-US': `weights must add up to 100 (now ${sum})`,
      });
    }
  }
  return eligible.path;
}

/** A party org names its campaigns of a year uniquely (the table's unique key, refused before it fires). */
export async function assertNameFree(
  db: Db,
  lang: Lang,
  k: { organizerOrgId: number; year: number; name: string },
): Promise<void> {
  const [dup] = await db
    .select({ id: projectCampaigns.id })
    .from(projectCampaigns)
    .where(
      and(
        eq(projectCampaigns.organizerOrgId, k.organizerOrgId),
        eq(projectCampaigns.year, k.year),
        eq(projectCampaigns.name, k.name),
      ),
    );
  if (dup) throw duplicate(lang, 'name', k.name);
}
