import { type PersonFacts, personRuleProblems, todayInChina } from '../../../contracts/person-rules.ts';
import { fieldLabel, summarize } from '../../../contracts/validation.ts';
import type { ServiceContext } from '../../platform/actor.ts';
import { AppError } from '../../platform/errors.ts';

/** Refuses a person record that breaks a cross-field rule, naming every field concerned. */
export function assertPersonRules(ctx: Pick<ServiceContext, 'lang'>, facts: PersonFacts): void {
  const problems = personRuleProblems(facts, todayInChina());
  if (problems.length === 0) return;
  const fields = problems.map((p) => ({
    field: p.field,
    reason: p.reason,
    message: `「${fieldLabel(p.field, ctx.lang)}」${p.message[ctx.lang]}`,
  }));
  throw new AppError('VALIDATION_FAILED', { params: { summary: summarize(fields, ctx.lang) }, details: { fields } });
}
