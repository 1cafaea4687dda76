import type { FastifyInstance } from 'fastify';
import { securitySettingsView, updateSecuritySettingsBody } from '../../../contracts/settings.ts';
import { serviceContext } from '../../platform/access.ts';
import { typed } from '../../platform/route.ts';
import { readSecuritySettings } from '../../platform/security-settings.ts';
import { updateSecuritySettings } from './update.ts';

export async function settingsRoutes(app: FastifyInstance): Promise<void> {
  const r = typed(app);

  r.get('/api/settings/security', {
    config: { access: { permission: 'settings.manage' } },
    schema: { response: { 200: securitySettingsView } },
    handler: async () => readSecuritySettings(app.database.db, app.config.securityDefaults),
  });

  r.put('/api/settings/security', {
    config: { access: { permission: 'settings.manage' } },
    schema: { body: updateSecuritySettingsBody, response: { 200: securitySettingsView } },
    handler: async (req) => {
      const ctx = serviceContext(req);
      return app.database.db.transaction((tx) =>
        updateSecuritySettings(tx, ctx, req.body.value, req.body.version, app.config.securityDefaults),
      );
    },
  });
}
