import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { createdSchema, idParam, okSchema } from '../../../contracts/common.ts';
import {
  createWebhookBody,
  deleteWebhookQuery,
  deliveryList,
  deliveryListQuery,
  deliverySchema,
  updateWebhookBody,
  webhookList,
  webhookListQuery,
  webhookSchema,
} from '../../../contracts/webhooks.ts';
import { serviceContext } from '../../platform/access.ts';
import { notFound } from '../../platform/errors.ts';
import { typed } from '../../platform/route.ts';
import { DEFAULT_TIMEOUT_MS, deliverDue, nextDueAt } from './deliver.ts';
import { listDeliveries, queueTest, readDelivery } from './deliveries.ts';
import { createWebhook, deleteWebhook, listWebhooks, updateWebhook } from './robots.ts';

const jobData = z.object({}).passthrough();

/** 群机器人: robots per unit, their delivery log, test messages, and the 'webhooks.deliver' job. */
export async function webhookRoutes(app: FastifyInstance): Promise<void> {
  const r = typed(app);
  const db = () => app.database.db;
  const manage = { access: { permission: 'webhooks.manage' as const } };

  // One attempt of every due delivery, then again when the next one falls due.
  await app.jobs.work('webhooks.deliver', async (data) => {
    jobData.parse(data);
    await deliverDue(db(), { now: new Date(), cipher: app.cipher, timeoutMs: DEFAULT_TIMEOUT_MS });
    const next = await nextDueAt(db());
    if (next) {
      const seconds = Math.max(1, Math.ceil((next.getTime() - Date.now()) / 1000));
      await app.jobs.send('webhooks.deliver', {}, { startAfterSeconds: seconds });
    }
  });

  r.get('/api/webhooks', {
    config: manage,
    schema: { querystring: webhookListQuery, response: { 200: webhookList } },
    handler: async (req) => listWebhooks(db(), serviceContext(req).actor, req.query),
  });

  r.post('/api/webhooks', {
    config: manage,
    schema: { body: createWebhookBody, response: { 201: createdSchema } },
    handler: async (req, reply) => {
      const ctx = serviceContext(req);
      const id = await db().transaction((tx) => createWebhook(tx, ctx, req.body));
      return reply.status(201).send({ id });
    },
  });

  r.put('/api/webhooks/:id', {
    config: manage,
    schema: { params: idParam, body: updateWebhookBody, response: { 200: webhookSchema } },
    handler: async (req) => {
      const ctx = serviceContext(req);
      await db().transaction((tx) => updateWebhook(tx, ctx, req.params.id, req.body));
      const [w] = await listWebhooks(db(), ctx.actor, { id: req.params.id });
      if (!w) throw notFound();
      return w;
    },
  });

  r.delete('/api/webhooks/:id', {
    config: manage,
    schema: { params: idParam, querystring: deleteWebhookQuery, response: { 200: okSchema } },
    handler: async (req) => {
      const ctx = serviceContext(req);
      await db().transaction((tx) => deleteWebhook(tx, ctx, req.params.id, req.query.version));
      return { ok: true as const };
    },
  });

  r.post('/api/webhooks/:id/test', {
    config: manage,
    schema: { params: idParam, response: { 200: deliverySchema } },
    handler: async (req) => {
      const ctx = serviceContext(req);
      const now = new Date();
      const id = await db().transaction((tx) => queueTest(tx, ctx, req.params.id, now));
      await deliverDue(db(), { now, cipher: app.cipher, ids: [id] });
      const delivery = await readDelivery(db(), id);
      // A failed test is retried like any message: wake the job for its next attempt.
      if (delivery.status === 'pending') await app.jobs.send('webhooks.deliver', {}, { startAfterSeconds: 30 });
      return delivery;
    },
  });

  r.get('/api/webhooks/:id/deliveries', {
    config: manage,
    schema: { params: idParam, querystring: deliveryListQuery, response: { 200: deliveryList } },
    handler: async (req) => listDeliveries(db(), serviceContext(req).actor, req.params.id, req.query),
  });
}
