import type { FastifyInstance } from 'fastify';
import { idParam } from '../../../contracts/common.ts';
import {
  advanceCampaignBody,
  campaignBoardSchema,
  campaignDetail,
  campaignList,
  campaignListQuery,
  createCampaignBody,
  createdSchema,
  createProposalBody,
  projectList,
  projectListQuery,
  proposerList,
  updateCampaignBody,
} from '../../../contracts/projects.ts';
import { serviceContext } from '../../platform/access.ts';
import { auditExport } from '../../platform/audit.ts';
import { typed } from '../../platform/route.ts';
import { sendXlsx } from '../../platform/xlsx-export.ts';
import { campaignInScope } from './access.ts';
import { campaignBoardOf, campaignDetailOf, listCampaigns } from './campaign-read.ts';
import { advanceCampaign, createCampaign, updateCampaign } from './campaigns.ts';
import { listProjects } from './project-list.ts';
import { createProposal } from './proposals.ts';
import { exportName, proposalsXlsx } from './proposals-export.ts';
import { listProposers } from './proposers.ts';
import { contextAndToday } from './today.ts';

/** Campaigns of led projects: list, create, edit, advance, board, proposers, and their proposals. */
export async function projectCampaignRoutes(app: FastifyInstance): Promise<void> {
  const r = typed(app);
  const db = () => app.database.db;
  const read = { access: { permission: 'projects.read' as const } };
  const propose = { access: { permission: 'projects.propose' as const } };
  const manage = { access: { permission: 'projects.manage' as const } };

  r.get('/api/project-campaigns', {
    config: read,
    schema: { querystring: campaignListQuery, response: { 200: campaignList } },
    handler: async (req) => {
      const { ctx, today } = await contextAndToday(db(), req);
      return listCampaigns(db(), ctx.actor, req.query, today);
    },
  });
  r.post('/api/project-campaigns', {
    config: manage,
    schema: { body: createCampaignBody, response: { 201: createdSchema } },
    handler: async (req, reply) => {
      const ctx = serviceContext(req);
      const id = await db().transaction((tx) => createCampaign(tx, ctx, req.body));
      return reply.status(201).send({ id });
    },
  });
  r.get('/api/project-campaigns/:id', {
    config: read,
    schema: { params: idParam, response: { 200: campaignDetail } },
    handler: async (req) => {
      const { ctx, today } = await contextAndToday(db(), req);
      return campaignDetailOf(db(), ctx.actor, req.params.id, today);
    },
  });
  r.put('/api/project-campaigns/:id', {
    config: manage,
    schema: { params: idParam, body: updateCampaignBody, response: { 200: campaignDetail } },
    handler: async (req) => {
      const { ctx, today } = await contextAndToday(db(), req);
      await db().transaction((tx) => updateCampaign(tx, ctx, req.params.id, req.body));
      return campaignDetailOf(db(), ctx.actor, req.params.id, today);
    },
  });
  r.post('/api/project-campaigns/:id/advance', {
    config: manage,
    schema: { params: idParam, body: advanceCampaignBody, response: { 200: campaignDetail } },
    handler: async (req) => {
      const { ctx, today } = await contextAndToday(db(), req);
      await db().transaction((tx) => advanceCampaign(tx, ctx, req.params.id, req.body));
      return campaignDetailOf(db(), ctx.actor, req.params.id, today);
    },
  });
  r.get('/api/project-campaigns/:id/board', {
    config: read,
    schema: { params: idParam, response: { 200: campaignBoardSchema } },
    handler: async (req) => {
      const { ctx, today } = await contextAndToday(db(), req);
      return campaignBoardOf(db(), ctx.actor, req.params.id, today);
    },
  });
  r.get('/api/project-campaigns/:id/proposers', {
    config: read,
    schema: { params: idParam, response: { 200: proposerList } },
    handler: async (req) => {
      const { actor } = serviceContext(req);
      return listProposers(db(), actor, await campaignInScope(db(), actor, req.params.id));
    },
  });
  r.get('/api/project-campaigns/:id/projects', {
    config: read,
    schema: { params: idParam, querystring: projectListQuery, response: { 200: projectList } },
    handler: async (req) => {
      const { ctx, today } = await contextAndToday(db(), req);
      return (await listProjects(db(), ctx.actor, req.params.id, req.query, today)).items;
    },
  });
  r.get('/api/project-campaigns/:id/projects/export', {
    config: read,
    schema: { params: idParam, querystring: projectListQuery },
    handler: async (req, reply) => {
      const { ctx, today } = await contextAndToday(db(), req);
      const { campaign, items } = await listProjects(db(), ctx.actor, req.params.id, req.query, today);
      await auditExport(db(), ctx.audit, 'project.export', 'project_campaign', {
        id: campaign.id,
        ...req.query,
        rows: items.length,
      });
      return sendXlsx(reply, exportName(ctx.lang, campaign.name), proposalsXlsx(items, ctx.lang));
    },
  });
  r.post('/api/project-campaigns/:id/projects', {
    config: propose,
    schema: { params: idParam, body: createProposalBody, response: { 201: createdSchema } },
    handler: async (req, reply) => {
      const { ctx, today } = await contextAndToday(db(), req);
      const id = await db().transaction((tx) => createProposal(tx, ctx, req.params.id, req.body, today));
      return reply.status(201).send({ id });
    },
  });
}
