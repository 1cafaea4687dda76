import { randomUUID } from 'node:crypto';
import fastifyCookie from '@fastify/cookie';
import fastifySwagger from '@fastify/swagger';
import Fastify, { type FastifyInstance } from 'fastify';
import { jsonSchemaTransform, serializerCompiler } from 'fastify-type-provider-zod';
import type { Config } from './config.ts';
import type { Database } from './db/client.ts';
import { accountRoutes } from './features/accounts/routes.ts';
import { auditRoutes } from './features/audit/routes.ts';
import { authRoutes } from './features/auth/routes.ts';
import { checklistAnnualRoutes } from './features/checklists/annual-routes.ts';
import { checklistRegisterRoutes } from './features/checklists/register-routes.ts';
import { checklistTemplateRoutes } from './features/checklists/template-routes.ts';
import { cockpitRoutes } from './features/cockpit/routes.ts';
import { complianceRoutes } from './features/compliance/routes.ts';
import { concernConfigRoutes } from './features/concerns/config-routes.ts';
import { concernFollowUpRoutes } from './features/concerns/followup-routes.ts';
import { concernRoutes } from './features/concerns/routes.ts';
import { healthRoutes } from './features/health/routes.ts';
import { homeRoutes } from './features/home/routes.ts';
import { importRoutes } from './features/imports/routes.ts';
import { docsRoutes } from './features/meta/routes.ts';
import { notificationRoutes } from './features/notifications/routes.ts';
import { pairingRoutes } from './features/pairings/routes.ts';
import { partyOrgRoutes } from './features/party-orgs/routes.ts';
import { peopleRoutes } from './features/people/routes.ts';
import { projectCampaignRoutes } from './features/projects/campaign-routes.ts';
import { projectProposalRoutes } from './features/projects/proposal-routes.ts';
import { projectWorkRoutes } from './features/projects/work-routes.ts';
import { recordRoutes } from './features/records/routes.ts';
import { registryRoutes } from './features/registry/routes.ts';
import { reportRoutes } from './features/reports/routes.ts';
import { schemeRoutes } from './features/schemes/routes.ts';
import { settingsRoutes } from './features/settings/routes.ts';
import { talkRoutes } from './features/talks/routes.ts';
import { trainingRecordRoutes } from './features/training/record-routes.ts';
import { trainingSessionRoutes } from './features/training/session-routes.ts';
import { unitRoutes } from './features/units/routes.ts';
import { webhookRoutes } from './features/webhooks/routes.ts';
import { registerAccessControl } from './platform/access.ts';
import { fieldCipher } from './platform/crypto.ts';
import { registerDataChanged } from './platform/data-changed.ts';
import { registerErrorHandler } from './platform/error-handler.ts';
import { inlineJobs, startPgBoss } from './platform/jobs.ts';
import { localFileStorage } from './platform/storage.ts';
import './platform/http-types.ts';
import { loggerOptions } from './platform/logger.ts';
import { validatorCompiler } from './platform/validation.ts';
import { registerWeb } from './platform/web.ts';

/** Feature route plugins, in menu order. A new feature adds its plugin here. */
const FEATURES = [
  healthRoutes,
  authRoutes,
  accountRoutes,
  unitRoutes,
  registryRoutes,
  partyOrgRoutes,
  peopleRoutes,
  importRoutes,
  schemeRoutes,
  pairingRoutes,
  recordRoutes,
  complianceRoutes,
  concernRoutes,
  concernConfigRoutes,
  concernFollowUpRoutes,
  checklistTemplateRoutes,
  checklistRegisterRoutes,
  checklistAnnualRoutes,
  projectCampaignRoutes,
  projectProposalRoutes,
  projectWorkRoutes,
  trainingSessionRoutes,
  trainingRecordRoutes,
  talkRoutes,
  homeRoutes,
  cockpitRoutes,
  reportRoutes,
  notificationRoutes,
  webhookRoutes,
  settingsRoutes,
  auditRoutes,
  docsRoutes,
];

/** Builds the HTTP application on an open, migrated database. Listening is the caller's business. */
export async function buildApp(config: Config, database: Database): Promise<FastifyInstance> {
  const app = Fastify({
    logger: loggerOptions(config.logLevel),
    genReqId: () => randomUUID(),
    requestIdHeader: false,
    trustProxy: config.trustProxy,
    bodyLimit: 2 * 1024 * 1024,
    forceCloseConnections: 'idle',
    return503OnClosing: true,
  });
  if (!config.dataKey) throw new Error('config.dataKey must be resolved before the app is built');
  app.decorate('database', database);
  app.decorate('cipher', fieldCipher(config.dataKey));
  app.decorate('storage', localFileStorage(config.filesDir));
  app.decorate('config', config);
  app.decorate('shuttingDown', false);
  const jobs = config.jobs === 'pgboss' ? await startPgBoss(database, app.log) : inlineJobs(app.log);
  app.decorate('jobs', jobs);
  // Jobs stop before the database closes (the caller closes it after the app).
  app.addHook('onClose', async () => jobs.stop());
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.addHook('onSend', async (req, reply) => {
    reply.header('x-request-id', req.id);
    // While shutting down, ask clients not to reuse this connection.
    if (app.shuttingDown) reply.header('connection', 'close');
  });

  await app.register(fastifyCookie);
  await app.register(fastifySwagger, {
    openapi: {
      info: { title: 'Liandian 联点 API', version: '1' },
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'ld_session' } } },
    },
    transform: jsonSchemaTransform,
  });
  registerAccessControl(app);
  registerErrorHandler(app);
  registerDataChanged(app);
  for (const feature of FEATURES) await app.register(feature);
  if (config.testRoutes) {
    const { testRoutes } = await import('./platform/test-routes.ts');
    await app.register(testRoutes);
  }
  await registerWeb(app, config.webDir);
  await app.ready();
  return app;
}
