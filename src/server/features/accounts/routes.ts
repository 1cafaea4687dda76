import type { FastifyInstance } from 'fastify';
import {
  accountListQuery,
  accountPage,
  accountSchema,
  createAccountBody,
  grantBody,
  issuedPasswordSchema,
  resetPasswordBody,
  updateAccountBody,
} from '../../../contracts/accounts.ts';
import { idParam } from '../../../contracts/common.ts';
import { serviceContext } from '../../platform/access.ts';
import { policyOf, typed } from '../../platform/route.ts';
import { createAccount } from './create.ts';
import { grantAccount } from './grant.ts';
import { getAccount, listAccounts } from './queries.ts';
import { resetPassword } from './reset-password.ts';
import { updateAccount } from './update.ts';

export async function accountRoutes(app: FastifyInstance): Promise<void> {
  const r = typed(app);
  const db = () => app.database.db;

  r.get('/api/accounts', {
    config: { access: { permission: 'accounts.read' } },
    schema: { querystring: accountListQuery, response: { 200: accountPage } },
    handler: async (req) => listAccounts(db(), req.query),
  });

  r.get('/api/accounts/:id', {
    config: { access: { permission: 'accounts.read' } },
    schema: { params: idParam, response: { 200: accountSchema } },
    handler: async (req) => getAccount(db(), req.params.id),
  });

  r.post('/api/accounts', {
    config: { access: { permission: 'accounts.manage' } },
    schema: { body: createAccountBody, response: { 201: issuedPasswordSchema } },
    handler: async (req, reply) => {
      const ctx = serviceContext(req);
      const policy = await policyOf(app);
      const out = await db().transaction((tx) => createAccount(tx, ctx, req.body, policy));
      return reply.status(201).send(out);
    },
  });

  r.patch('/api/accounts/:id', {
    config: { access: { permission: 'accounts.manage' } },
    schema: { params: idParam, body: updateAccountBody, response: { 200: accountSchema } },
    handler: async (req) => {
      const ctx = serviceContext(req);
      return db().transaction((tx) => updateAccount(tx, ctx, req.params.id, req.body));
    },
  });

  r.post('/api/accounts/:id/reset-password', {
    config: { access: { permission: 'accounts.manage' } },
    schema: { params: idParam, body: resetPasswordBody, response: { 200: issuedPasswordSchema } },
    handler: async (req) => {
      const ctx = serviceContext(req);
      const policy = await policyOf(app);
      return db().transaction((tx) => resetPassword(tx, ctx, req.params.id, req.body.version, policy));
    },
  });

  r.put('/api/accounts/:id/grants', {
    config: { access: { permission: 'roles.grant' } },
    schema: { params: idParam, body: grantBody, response: { 200: accountSchema } },
    handler: async (req) => {
      const ctx = serviceContext(req);
      return db().transaction((tx) => grantAccount(tx, ctx, req.params.id, req.body));
    },
  });
}
