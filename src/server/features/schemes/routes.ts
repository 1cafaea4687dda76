import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { idParam } from '../../../contracts/common.ts';
import { createRuleBody, retireRuleBody, reviseRuleBody, ruleListQuery, ruleSchema } from '../../../contracts/rules.ts';
import { createSchemeBody, schemeSchema, updateSchemeBody } from '../../../contracts/schemes.ts';
import { serviceContext } from '../../platform/access.ts';
import { typed } from '../../platform/route.ts';
import { listRules } from '../rules/queries.ts';
import { createRule, retireRule, reviseRule } from '../rules/service.ts';
import { createScheme, listSchemes, updateScheme } from './service.ts';

/** Schemes and their rules: configuration, not business records, so not cut to a scope. */
export async function schemeRoutes(app: FastifyInstance): Promise<void> {
  const r = typed(app);
  const db = () => app.database.db;

  r.get('/api/schemes', {
    config: { access: { permission: 'pairings.read' } },
    schema: { response: { 200: z.array(schemeSchema) } },
    handler: async () => listSchemes(db()),
  });

  r.post('/api/schemes', {
    config: { access: { permission: 'pairings.manage' } },
    schema: { body: createSchemeBody, response: { 201: schemeSchema } },
    handler: async (req, reply) => {
      const ctx = serviceContext(req);
      return reply.status(201).send(await db().transaction((tx) => createScheme(tx, ctx, req.body)));
    },
  });

  r.put('/api/schemes/:id', {
    config: { access: { permission: 'pairings.manage' } },
    schema: { params: idParam, body: updateSchemeBody, response: { 200: schemeSchema } },
    handler: async (req) => {
      const ctx = serviceContext(req);
      return db().transaction((tx) => updateScheme(tx, ctx, req.params.id, req.body));
    },
  });

  r.get('/api/rules', {
    config: { access: { permission: 'pairings.read' } },
    schema: { querystring: ruleListQuery, response: { 200: z.array(ruleSchema) } },
    handler: async (req) => listRules(db(), req.query),
  });

  r.post('/api/rules', {
    config: { access: { permission: 'pairings.manage' } },
    schema: { body: createRuleBody, response: { 201: ruleSchema } },
    handler: async (req, reply) => {
      const ctx = serviceContext(req);
      return reply.status(201).send(await db().transaction((tx) => createRule(tx, ctx, req.body)));
    },
  });

  r.post('/api/rules/:id/revise', {
    config: { access: { permission: 'pairings.manage' } },
    schema: { params: idParam, body: reviseRuleBody, response: { 201: ruleSchema } },
    handler: async (req, reply) => {
      const ctx = serviceContext(req);
      return reply.status(201).send(await db().transaction((tx) => reviseRule(tx, ctx, req.params.id, req.body)));
    },
  });

  r.post('/api/rules/:id/retire', {
    config: { access: { permission: 'pairings.manage' } },
    schema: { params: idParam, body: retireRuleBody, response: { 200: ruleSchema } },
    handler: async (req) => {
      const ctx = serviceContext(req);
      return db().transaction((tx) => retireRule(tx, ctx, req.params.id, req.body.effectiveTo, req.body.version));
    },
  });
}
