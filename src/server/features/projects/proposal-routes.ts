import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { idParam } from '../../../contracts/common.ts';
import {
  decisionBody,
  guideBody,
  scoreSheetBody,
  scoreSheetList,
  scoreSheetParams,
  scoreSheetSchema,
  updateProposalBody,
  versionBody,
  withdrawBody,
} from '../../../contracts/projects.ts';
import { serviceContext } from '../../platform/access.ts';
import { typed } from '../../platform/route.ts';
import { assignGuide, decideProject } from './decisions.ts';
import { submitProposal, updateProposal, withdrawProposal } from './proposals.ts';
import { listScoreSheets, putScoreSheet } from './score-sheets.ts';
import { contextAndToday } from './today.ts';

/** One proposal: edit, submit, withdraw; the organizer's decision and guide; score sheets. */
export async function projectProposalRoutes(app: FastifyInstance): Promise<void> {
  const r = typed(app);
  const db = () => app.database.db;
  const read = { access: { permission: 'projects.read' as const } };
  const propose = { access: { permission: 'projects.propose' as const } };
  const review = { access: { permission: 'projects.review' as const } };
  const manage = { access: { permission: 'projects.manage' as const } };
  /** A mutation answers the project's id and new version. */
  const ok = { 200: z.object({ id: z.number().int(), version: z.number().int() }) };

  r.put('/api/projects/:id', {
    config: propose,
    schema: { params: idParam, body: updateProposalBody, response: ok },
    handler: async (req) => {
      const { ctx, today } = await contextAndToday(db(), req);
      await db().transaction((tx) => updateProposal(tx, ctx, req.params.id, req.body, today));
      return { id: req.params.id, version: req.body.version + 1 };
    },
  });
  r.post('/api/projects/:id/submit', {
    config: propose,
    schema: { params: idParam, body: versionBody, response: ok },
    handler: async (req) => {
      const { ctx, today } = await contextAndToday(db(), req);
      await db().transaction((tx) => submitProposal(tx, ctx, req.params.id, req.body.version, today));
      return { id: req.params.id, version: req.body.version + 1 };
    },
  });
  r.post('/api/projects/:id/withdraw', {
    config: propose,
    schema: { params: idParam, body: withdrawBody, response: ok },
    handler: async (req) => {
      const { ctx, today } = await contextAndToday(db(), req);
      await db().transaction((tx) => withdrawProposal(tx, ctx, req.params.id, req.body, today));
      return { id: req.params.id, version: req.body.version + 1 };
    },
  });
  r.post('/api/projects/:id/decision', {
    config: manage,
    schema: { params: idParam, body: decisionBody, response: ok },
    handler: async (req) => {
      const { ctx, today } = await contextAndToday(db(), req);
      await db().transaction((tx) => decideProject(tx, ctx, req.params.id, req.body, today));
      return { id: req.params.id, version: req.body.version + 1 };
    },
  });
  r.put('/api/projects/:id/guide', {
    config: manage,
    schema: { params: idParam, body: guideBody, response: ok },
    handler: async (req) => {
      const ctx = serviceContext(req);
      await db().transaction((tx) => assignGuide(tx, ctx, req.params.id, req.body));
      return { id: req.params.id, version: req.body.version + 1 };
    },
  });
  r.put('/api/projects/:id/scores/:stage', {
    config: review,
    schema: { params: scoreSheetParams, body: scoreSheetBody, response: { 200: scoreSheetSchema } },
    handler: async (req) => {
      const { ctx, today } = await contextAndToday(db(), req);
      return db().transaction((tx) => putScoreSheet(tx, ctx, req.params.id, req.params.stage, req.body, today));
    },
  });
  r.get('/api/projects/:id/scores', {
    config: read,
    schema: { params: idParam, response: { 200: scoreSheetList } },
    handler: async (req) => listScoreSheets(db(), serviceContext(req).actor, req.params.id),
  });
}
