import { eq } from 'drizzle-orm';
import type { RuleSubject } from '../../../contracts/actions.ts';
import type { Lang } from '../../../contracts/i18n.ts';
import type { CreateRuleBody, ReviseRuleBody, Rule } from '../../../contracts/rules.ts';
import type { Db } from '../../db/client.ts';
import { rules } from '../../db/schema/pairings.ts';
import type { ServiceContext } from '../../platform/actor.ts';
import { writeAudit } from '../../platform/audit.ts';
import { AppError, duplicate, invalidField, staleVersion } from '../../platform/errors.ts';
import { dayBefore } from '../compliance/periods.ts';
import { getScheme } from '../schemes/service.ts';
import { lockRule, toRule } from './queries.ts';

const SCHEME_SUBJECTS: readonly RuleSubject[] = ['pairing', 'holder'];
const ORG_SUBJECTS: readonly RuleSubject[] = ['party_org', 'secretary'];

/** A scheme's rule judges pairings or their holders; a party org rule judges orgs or their secretaries. */
function assertSubject(lang: Lang, forScheme: boolean, subject: RuleSubject) {
  if ((forScheme ? SCHEME_SUBJECTS : ORG_SUBJECTS).includes(subject)) return;
  throw invalidField(lang, 'subject', 'wrong_subject', {
    'zh-CN': forScheme ? '结对制度的规则只能考核每个结对或每位结对人' : '党组织规则只能考核党组织或其书记',
    'en-US': forScheme
      ? 'a scheme rule judges pairings or holders'
      : 'a party org rule judges orgs or their secretaries',
  });
}

export async function createRule(tx: Db, ctx: ServiceContext, body: CreateRuleBody): Promise<Rule> {
  const schemeId = body.schemeId ?? null;
  const partyOrgKind = body.partyOrgKind ?? null;
  if ((schemeId === null) === (partyOrgKind === null)) {
    throw invalidField(ctx.lang, 'schemeId', 'one_of', {
      'zh-CN': '须指定结对制度或党组织类型之一',
      'en-US': 'give either a scheme or a party org kind',
    });
  }
  if (schemeId !== null) await getScheme(tx, schemeId);
  assertSubject(ctx.lang, schemeId !== null, body.subject);
  if (body.effectiveTo && body.effectiveTo < body.effectiveFrom) {
    throw invalidField(ctx.lang, 'effectiveTo', 'before_start', {
      'zh-CN': '不能早于生效日期',
      'en-US': 'cannot be before the start',
    });
  }
  const [taken] = await tx.select({ id: rules.id }).from(rules).where(eq(rules.code, body.code));
  if (taken) throw duplicate(ctx.lang, 'code', body.code);
  const [row] = await tx
    .insert(rules)
    .values({ ...body, schemeId, partyOrgKind, effectiveTo: body.effectiveTo ?? null })
    .returning();
  if (!row) throw new AppError('INTERNAL');
  await writeAudit(tx, ctx.audit, {
    action: 'rule.create',
    targetType: 'rule',
    targetId: row.id,
    before: null,
    after: { ...body },
  });
  return toRule(row);
}

/**
 * A new version of a rule from a date; the current one ends the day before.
 * Periods already judged keep the version in effect on their last day.
 */
export async function reviseRule(tx: Db, ctx: ServiceContext, id: number, body: ReviseRuleBody): Promise<Rule> {
  const current = await lockRule(tx, id);
  if (current.version !== body.version) throw staleVersion();
  if (
    body.effectiveFrom <= current.effectiveFrom ||
    (current.effectiveTo !== null && body.effectiveFrom > current.effectiveTo)
  ) {
    throw invalidField(ctx.lang, 'effectiveFrom', 'outside_current', {
      'zh-CN': `须晚于当前版本的生效日期 ${current.effectiveFrom}${current.effectiveTo ? `，且不晚于其失效日期 ${current.effectiveTo}` : ''}`,
      'en-US': `must be after ${current.effectiveFrom}${current.effectiveTo ? ` and not after ${current.effectiveTo}` : ''}`,
    });
  }
  assertSubject(ctx.lang, current.schemeId !== null, body.subject);
  await tx
    .update(rules)
    .set({ effectiveTo: dayBefore(body.effectiveFrom), updatedAt: new Date(), version: current.version + 1 })
    .where(eq(rules.id, id));
  const { version: _v, ...fields } = body;
  const [row] = await tx
    .insert(rules)
    .values({
      ...fields,
      code: current.code,
      schemeId: current.schemeId,
      partyOrgKind: current.partyOrgKind,
      effectiveTo: current.effectiveTo,
    })
    .returning();
  if (!row) throw new AppError('INTERNAL');
  await writeAudit(tx, ctx.audit, {
    action: 'rule.revise',
    targetType: 'rule',
    targetId: row.id,
    before: toRule(current),
    after: toRule(row),
    detail: { previousVersionId: id },
  });
  return toRule(row);
}

/** Ends a rule: it judges no period whose last day is after `effectiveTo`. */
export async function retireRule(
  tx: Db,
  ctx: ServiceContext,
  id: number,
  effectiveTo: string,
  version: number,
): Promise<Rule> {
  const current = await lockRule(tx, id);
  if (current.version !== version) throw staleVersion();
  if (effectiveTo < current.effectiveFrom) {
    throw invalidField(ctx.lang, 'effectiveTo', 'before_start', {
      'zh-CN': '不能早于生效日期',
      'en-US': 'cannot be before the start',
    });
  }
  const [row] = await tx
    .update(rules)
    .set({ effectiveTo, updatedAt: new Date(), version: current.version + 1 })
    .where(eq(rules.id, id))
    .returning();
  await writeAudit(tx, ctx.audit, {
    action: 'rule.retire',
    targetType: 'rule',
    targetId: id,
    before: { effectiveTo: current.effectiveTo },
    after: { effectiveTo },
  });
  return toRule(row!);
}
