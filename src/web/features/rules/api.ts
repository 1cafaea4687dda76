import { z } from 'zod';
import { type CreateRuleBody, type ReviseRuleBody, ruleSchema } from '../../../contracts/rules.ts';
import { api, withQuery } from '../../app/api/client.ts';

/** Every version of every rule (or those in effect on a date). */
export const listRules = (query: { schemeId?: number; on?: string } = {}) =>
  api('GET', withQuery('/api/rules', query), z.array(ruleSchema));

export const createRule = (body: CreateRuleBody) => api('POST', '/api/rules', ruleSchema, body);

export const reviseRule = (id: number, body: ReviseRuleBody) =>
  api('POST', `/api/rules/${id}/revise`, ruleSchema, body);

export const retireRule = (id: number, effectiveTo: string, version: number) =>
  api('POST', `/api/rules/${id}/retire`, ruleSchema, { effectiveTo, version });

export const ruleKeys = {
  all: ['rules'] as const,
  list: (query: object) => ['rules', 'list', query] as const,
};
