import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { SecuritySettings } from '../../contracts/settings.ts';
import { readSecuritySettings } from './security-settings.ts';

/** The app with zod schemas typing params, query, body and replies. */
export function typed(app: FastifyInstance) {
  return app.withTypeProvider<ZodTypeProvider>();
}

/** The security policy in force, for routes that need it. */
export async function policyOf(app: FastifyInstance): Promise<SecuritySettings> {
  return (await readSecuritySettings(app.database.db, app.config.securityDefaults)).value;
}
