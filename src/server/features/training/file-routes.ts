import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { idParam, okSchema } from '../../../contracts/common.ts';
import { materialSchema } from '../../../contracts/training.ts';
import { typed } from '../../platform/route.ts';
import { acceptRawUploads, sendAttachment } from '../../platform/uploads.ts';
import { contextAndToday } from '../projects/today.ts';
import { trainingImportRoutes } from './import-routes.ts';
import { addMaterial, deleteMaterial, loadMaterial, MATERIAL_BYTES } from './materials.ts';

/** Course materials of a session (raw uploads, file name in x-file-name); imports in their own plugin. */
export async function trainingFileRoutes(app: FastifyInstance): Promise<void> {
  const r = typed(app);
  const db = () => app.database.db;
  const read = { access: { permission: 'training.read' as const } };
  const manage = { access: { permission: 'training.manage' as const } };
  await app.register(trainingImportRoutes);
  acceptRawUploads(app, MATERIAL_BYTES);

  r.post('/api/training/sessions/:id/materials', {
    config: manage,
    schema: {
      params: idParam,
      headers: z.object({ 'x-file-name': z.string().min(1).max(600) }).loose(),
      response: { 201: materialSchema },
    },
    handler: async (req, reply) => {
      const { ctx } = await contextAndToday(db(), req);
      const data = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
      const name = decodeURIComponent(req.headers['x-file-name'] as string);
      const m = await db().transaction((tx) => addMaterial(tx, ctx, app.storage, req.params.id, { data, name }));
      return reply.status(201).send(m);
    },
  });
  r.get('/api/training/materials/:id', {
    config: read,
    schema: { params: idParam },
    handler: async (req, reply) => {
      const { ctx } = await contextAndToday(db(), req);
      return sendAttachment(reply, app.storage, await loadMaterial(db(), ctx.actor, req.params.id));
    },
  });
  r.delete('/api/training/materials/:id', {
    config: manage,
    schema: { params: idParam, response: { 200: okSchema } },
    handler: async (req) => {
      const { ctx } = await contextAndToday(db(), req);
      const key = await db().transaction((tx) => deleteMaterial(tx, ctx, req.params.id));
      await app.storage.remove(key).catch(() => undefined);
      return { ok: true as const };
    },
  });
}
