import { and, inArray, sql } from 'drizzle-orm';
import type { Lang } from '../../../contracts/i18n.ts';
import type { UpdateProposalBody } from '../../../contracts/projects.ts';
import type { Db } from '../../db/client.ts';
import { people } from '../../db/schema/people.ts';
import { projectMembers, projectTargets } from '../../db/schema/projects.ts';
import { rowsOf } from '../../db/sql.ts';
import type { Actor } from '../../platform/actor.ts';
import { conflict, invalidField, outOfReachField } from '../../platform/errors.ts';
import { escapeLike, inScope } from '../../platform/scope.ts';
import type { CampaignInScope } from './access.ts';
import { isOrgCampaign } from './proposers.ts';

/** The checks of a proposal's content and the phase windows of proposers (decision 0016). */

type Content = Omit<UpdateProposalBody, 'version'>;
export interface ProposerKey {
  partyOrgId: number | null;
  unitPath: string;
}

const closed = (lang: Lang, zh: string, en: string) => conflict(lang, { 'zh-CN': zh, 'en-US': en });

/** Create, edit or submit a draft: phase proposal and opens ≤ today ≤ due. */
export function assertProposalWindow(lang: Lang, c: CampaignInScope, today: string): void {
  if (c.phase !== 'proposal') throw closed(lang, '活动不在申报阶段', 'The campaign is not taking proposals');
  if (today < c.proposalOpens)
    throw closed(lang, `申报尚未开始（${c.proposalOpens}开始）`, 'Proposals are not open yet');
  if (today > c.proposalDue) throw closed(lang, `申报已于${c.proposalDue}截止`, 'The proposal deadline has passed');
}

/** Edit or resubmit a returned proposal: phase proposal or review, today ≤ review due. */
export function assertResubmitWindow(lang: Lang, c: CampaignInScope, today: string): void {
  if ((c.phase !== 'proposal' && c.phase !== 'review') || today > c.reviewDue) {
    throw closed(
      lang,
      '评审已截止，退回的申报不能再修改提交',
      'The review has closed; the returned proposal cannot be resubmitted',
    );
  }
}

export async function checkContent(
  db: Db,
  actor: Actor,
  lang: Lang,
  c: CampaignInScope,
  proposer: ProposerKey,
  b: Content,
): Promise<void> {
  if (c.themes.length > 0 && (!b.theme || !c.themes.includes(b.theme))) {
    throw invalidField(lang, 'theme', 'not_a_theme', {
      'zh-CN': `须为活动的选题方向之一：${c.themes.join('、')}`,
      'en-US': `must be one of the campaign's themes: ${c.themes.join(', ')}`,
    });
  }
  if (isOrgCampaign(c)) {
    const [sec] = rowsOf<{ person_id: number; org: string; name: string | null }>(
      await db.execute(sql`select m.person_id, o.name as org, pe.name from party_orgs o
        left join party_org_committee m on m.party_org_id = o.id and m.role = 'secretary' and m.ended_on is null
        left join people pe on pe.id = m.person_id
        where o.id = ${proposer.partyOrgId} order by m.started_on desc limit 1`),
    );
    if (!sec || sec.person_id === null || Number(sec.person_id) !== b.leaderPersonId) {
      const who = sec?.name ? `${sec.org}现任书记${sec.name}` : `${sec?.org ?? ''}现任书记（该组织暂无书记）`;
      throw invalidField(lang, 'leaderPersonId', 'not_secretary', {
        'zh-CN': `须为${who}`,
        'en-US': `must be the current secretary of ${sec?.org ?? 'the proposing org'}${sec?.name ? ` (${sec.name})` : ''}`,
      });
    }
  } else {
    const [leader] = rowsOf<{ id: number }>(
      await db.execute(sql`select id from people where id = ${b.leaderPersonId}
        and unit_path like ${`${escapeLike(proposer.unitPath)}%`}`),
    );
    if (!leader) {
      throw invalidField(lang, 'leaderPersonId', 'outside_unit', {
        'zh-CN': '须为申报科室（部门）的人员',
        'en-US': 'must be a person of the proposing unit',
      });
    }
  }
  const members = [...new Set(b.memberPersonIds)];
  if (members.length > 0) {
    const found = await db
      .select({ id: people.id })
      .from(people)
      .where(and(inArray(people.id, members), inScope(people.unitPath, actor)));
    if (found.length !== members.length) throw outOfReachField(lang, 'memberPersonIds');
  }
}

/** Replaces the members and targets of a proposal. */
export async function writeMembersAndTargets(tx: Db, projectId: number, b: Content, replace: boolean): Promise<void> {
  if (replace) {
    await tx.execute(sql`delete from project_members where project_id = ${projectId}`);
    await tx.execute(sql`delete from project_targets where project_id = ${projectId}`);
  }
  const members = [...new Set(b.memberPersonIds)];
  if (members.length) await tx.insert(projectMembers).values(members.map((personId) => ({ projectId, personId })));
  await tx.insert(projectTargets).values(
    b.targets.map((t, i) => ({
      projectId,
      ordinal: i + 1,
      name: t.name,
      unit: t.unit,
      baseline: t.baseline ?? null,
      targetValue: t.targetValue,
    })),
  );
}
