import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { changePasswordBody, loginBody, meSchema, publicConfigSchema } from '../../../contracts/auth.ts';
import { okSchema } from '../../../contracts/common.ts';
import { DEMO_ACCOUNTS, DEMO_ENTERPRISE_NAME, DEMO_PASSWORD } from '../../demo/accounts.ts';
import { clientIp, serviceContext } from '../../platform/access.ts';
import { writeAudit } from '../../platform/audit.ts';
import { AppError } from '../../platform/errors.ts';
import { policyOf, typed } from '../../platform/route.ts';
import { endSession, loadActor, SESSION_COOKIE } from '../../platform/sessions.ts';
import { login } from './login.ts';
import { describeMe } from './me.ts';
import { changePassword } from './password.ts';

function setSessionCookie(app: FastifyInstance, req: FastifyRequest, reply: FastifyReply, token: string): void {
  reply.setCookie(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'lax',
    path: '/',
    secure: app.config.secureCookies || req.protocol === 'https',
  });
}

export async function authRoutes(app: FastifyInstance): Promise<void> {
  const r = typed(app);

  r.get('/api/auth/config', {
    config: { access: { public: true } },
    schema: { response: { 200: publicConfigSchema } },
    handler: async () => ({
      demo: app.config.demo,
      demoPassword: app.config.demo ? DEMO_PASSWORD : null,
      demoAccounts: app.config.demo ? DEMO_ACCOUNTS.map((a) => ({ username: a.username, role: a.role })) : [],
      enterpriseName: app.config.demo ? DEMO_ENTERPRISE_NAME : '',
    }),
  });

  r.post('/api/auth/login', {
    config: { access: { public: true } },
    schema: { body: loginBody, response: { 200: meSchema } },
    handler: async (req, reply) => {
      const policy = await policyOf(app);
      const session = await login(
        app.database.db,
        {
          username: req.body.username,
          password: req.body.password,
          ip: clientIp(req),
          userAgent: req.headers['user-agent'] ?? null,
          requestId: req.id,
        },
        policy,
      );
      const actor = await loadActor(app.database.db, session.token, policy, app.config.demo);
      if (!actor) throw new AppError('INTERNAL');
      setSessionCookie(app, req, reply, session.token);
      return describeMe(app.database.db, actor, policy);
    },
  });

  r.post('/api/auth/logout', {
    config: { access: { authenticated: true, duringPasswordChange: true } },
    schema: { response: { 200: okSchema } },
    handler: async (req, reply) => {
      const ctx = serviceContext(req);
      await app.database.db.transaction(async (tx) => {
        await endSession(tx, ctx.actor.sessionId);
        await writeAudit(tx, ctx.audit, {
          action: 'auth.logout',
          targetType: 'account',
          targetId: ctx.actor.accountId,
        });
      });
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return { ok: true as const };
    },
  });

  r.get('/api/me', {
    config: { access: { authenticated: true, duringPasswordChange: true } },
    schema: { response: { 200: meSchema } },
    handler: async (req) => describeMe(app.database.db, serviceContext(req).actor, await policyOf(app)),
  });

  r.post('/api/auth/password', {
    config: { access: { authenticated: true, duringPasswordChange: true } },
    schema: { body: changePasswordBody, response: { 200: meSchema } },
    handler: async (req) => {
      const ctx = serviceContext(req);
      const policy = await policyOf(app);
      await app.database.db.transaction((tx) => changePassword(tx, ctx, req.body, policy));
      const token = req.cookies[SESSION_COOKIE];
      const actor = token ? await loadActor(app.database.db, token, policy, app.config.demo) : null;
      if (!actor) throw new AppError('UNAUTHENTICATED');
      return describeMe(app.database.db, actor, policy);
    },
  });
}
