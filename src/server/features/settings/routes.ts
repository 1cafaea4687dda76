import type { FastifyInstance } from 'fastify';
import { securitySettingsView, updateSecuritySettingsBody } from '../../../contracts/settings.ts';
import { updateVocabularyBody, vocabularyView } from '../../../contracts/vocabulary.ts';
import { serviceContext } from '../../platform/access.ts';
import { typed } from '../../platform/route.ts';
import { readSecuritySettings } from '../../platform/security-settings.ts';
import { readVocabulary, updateSecuritySettings, updateVocabulary } from './update.ts';

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

  // Every signed-in user reads the unit vocabulary: it names the kinds on every page.
  r.get('/api/settings/vocabulary', {
    config: { access: { authenticated: true } },
    schema: { response: { 200: vocabularyView } },
    handler: async () => readVocabulary(app.database.db),
  });

  r.put('/api/settings/vocabulary', {
    config: { access: { permission: 'registry.manage' } },
    schema: { body: updateVocabularyBody, response: { 200: vocabularyView } },
    handler: async (req) => {
      const ctx = serviceContext(req);
      return app.database.db.transaction((tx) => updateVocabulary(tx, ctx, req.body.value, req.body.version));
    },
  });
}
