import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { pickLang } from '../../contracts/i18n.ts';
import { type Actor, auditContextOf, type ServiceContext } from './actor.ts';
import { writeAudit } from './audit.ts';
import { AppError } from './errors.ts';
import type { Access } from './http-types.ts';
import { readSecuritySettings } from './security-settings.ts';
import { CSRF_HEADER, loadActor, SESSION_COOKIE } from './sessions.ts';

const MUTATING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** Describes the access of a route for the matrix; throws when a route forgot to declare it. */
function accessOf(method: string, url: string, access: Access | undefined): Access {
  if (!access) throw new Error(`route ${method} ${url} declares no access (config.access)`);
  return access;
}

/** The client's address (behind a trusted proxy, the forwarded one). */
export function clientIp(req: FastifyRequest): string {
  return req.ip;
}

/** The service context of a signed-in request; routes call it after access control ran. */
export function serviceContext(req: FastifyRequest): ServiceContext {
  if (!req.actor) throw new AppError('UNAUTHENTICATED');
  return {
    actor: req.actor,
    audit: auditContextOf(req.actor, clientIp(req), req.id),
    lang: req.lang,
    cipher: req.server.cipher,
  };
}

/** Writes an access denial in its own transaction: the request itself changes nothing. */
export async function auditDenial(
  app: FastifyInstance,
  req: FastifyRequest,
  actor: Actor | null,
  reason: string,
  target?: { type: string; id: string | number },
): Promise<void> {
  await app.database.db.transaction((tx) =>
    writeAudit(tx, auditContextOf(actor, clientIp(req), req.id), {
      action: 'access.denied',
      targetType: target?.type ?? 'route',
      targetId: target?.id ?? `${req.method} ${req.routeOptions.url ?? req.url}`,
      result: 'denied',
      detail: { reason },
    }),
  );
}

/** A same-origin check for requests that carry no session yet (the login form). */
function crossOrigin(req: FastifyRequest): boolean {
  if (req.headers['sec-fetch-site'] === 'cross-site') return true;
  const origin = req.headers.origin;
  if (!origin) return false;
  try {
    return new URL(origin).host !== req.headers.host;
  } catch {
    return true;
  }
}

async function authorize(app: FastifyInstance, req: FastifyRequest, _reply: FastifyReply): Promise<void> {
  req.lang = pickLang(req.headers['accept-language']);
  req.actor = null;
  const access = req.routeOptions.config.access;
  if (!access) return; // not-found handler and static fallbacks
  const token = req.cookies[SESSION_COOKIE];
  if (token) {
    const { value: policy } = await readSecuritySettings(app.database.db, app.config.securityDefaults);
    req.actor = await loadActor(app.database.db, token, policy, app.config.demo);
  }
  if ('public' in access) {
    if (MUTATING.has(req.method) && crossOrigin(req)) throw new AppError('CSRF_FAILED');
    return;
  }
  const actor = req.actor;
  if (!actor) throw new AppError('UNAUTHENTICATED');
  if (MUTATING.has(req.method)) {
    // Double-submit: the token the SPA received from /api/me must come back in a header.
    if (req.headers[CSRF_HEADER] !== actor.csrfToken || crossOrigin(req)) {
      await auditDenial(app, req, actor, 'csrf');
      throw new AppError('CSRF_FAILED');
    }
  }
  const openDuringChange = 'authenticated' in access && access.duringPasswordChange === true;
  if (actor.mustChangePassword && !openDuringChange) throw new AppError('PASSWORD_CHANGE_REQUIRED');
  if ('permission' in access && !actor.permissions.has(access.permission)) {
    await auditDenial(app, req, actor, `missing permission ${access.permission}`);
    throw new AppError('FORBIDDEN');
  }
}

/** Installs route bookkeeping and the per-request access check. */
export function registerAccessControl(app: FastifyInstance): void {
  app.decorate('routeTable', []);
  app.decorateRequest('actor', null);
  app.decorateRequest('lang', 'zh-CN');
  app.addHook('onRoute', (route) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    for (const method of methods) {
      if (method === 'HEAD' || method === 'OPTIONS') continue;
      const access = accessOf(method, route.url, route.config?.access);
      app.routeTable.push({ method, url: route.url, access });
    }
  });
  app.addHook('onRequest', (req, reply) => authorize(app, req, reply));
}
