import { z } from 'zod';
import { projectRankingSchema } from '../../../contracts/project-work.ts';
import {
  type AdvanceCampaignBody,
  type CampaignKind,
  type CreateCampaignBody,
  type CreateProposalBody,
  campaignBoardSchema,
  campaignDetail,
  campaignList,
  createdSchema,
  type DecisionBody,
  type ProjectStatus,
  projectList,
  proposerList,
  type ScoreSheetBody,
  type ScoreStage,
  scoreSheetList,
  scoreSheetSchema,
  type UpdateCampaignBody,
  type UpdateProposalBody,
} from '../../../contracts/projects.ts';
import { api, withQuery } from '../../app/api/client.ts';
import { downloadFrom } from '../../app/api/download.ts';

/** Campaigns, proposals, decisions and score sheets (the project page's own calls live in work/). */
export const projectKeys = {
  all: ['projects'] as const,
  campaigns: (q: { year?: number; kind?: CampaignKind }) => ['projects', 'campaigns', q] as const,
  campaign: (id: number) => ['projects', 'campaign', id] as const,
  board: (id: number) => ['projects', 'board', id] as const,
  proposers: (id: number) => ['projects', 'proposers', id] as const,
  list: (id: number, status?: ProjectStatus) => ['projects', 'list', id, status ?? null] as const,
  ranking: (id: number) => ['projects', 'ranking', id] as const,
  scores: (projectId: number) => ['projects', 'scores', projectId] as const,
};

/** What a proposal's change answers: the version it now has. */
const versioned = z.object({ version: z.number().int() });

const base = '/api/project-campaigns';

export const fetchCampaigns = (q: { year?: number; kind?: CampaignKind }) =>
  api('GET', withQuery(base, q), campaignList);
export const fetchCampaign = (id: number) => api('GET', `${base}/${id}`, campaignDetail);
export const createCampaign = (body: CreateCampaignBody) => api('POST', base, createdSchema, body);
export const updateCampaign = (id: number, body: UpdateCampaignBody) =>
  api('PUT', `${base}/${id}`, campaignDetail, body);
export const advanceCampaign = (id: number, body: AdvanceCampaignBody) =>
  api('POST', `${base}/${id}/advance`, campaignDetail, body);
export const fetchProposers = (id: number) => api('GET', `${base}/${id}/proposers`, proposerList);
export const fetchBoard = (id: number) => api('GET', `${base}/${id}/board`, campaignBoardSchema);
export const fetchProjects = (id: number, status?: ProjectStatus) =>
  api('GET', withQuery(`${base}/${id}/projects`, { status }), projectList);
export const exportProjects = (id: number, status?: ProjectStatus) =>
  downloadFrom(withQuery(`${base}/${id}/projects/export`, { status }), 'projects.xlsx');
export const fetchRanking = (id: number) => api('GET', `${base}/${id}/ranking`, projectRankingSchema);
export const exportRanking = (id: number) => downloadFrom(`${base}/${id}/ranking/export`, 'ranking.xlsx');

export const createProposal = (campaignId: number, body: CreateProposalBody) =>
  api('POST', `${base}/${campaignId}/projects`, createdSchema, body);
export const updateProposal = (id: number, body: UpdateProposalBody) =>
  api('PUT', `/api/projects/${id}`, versioned, body);
export const submitProposal = (id: number, version: number) =>
  api('POST', `/api/projects/${id}/submit`, versioned, { version });
export const decideProposal = (id: number, body: DecisionBody) =>
  api('POST', `/api/projects/${id}/decision`, versioned, body);
export const putScoreSheet = (projectId: number, stage: ScoreStage, body: ScoreSheetBody) =>
  api('PUT', `/api/projects/${projectId}/scores/${stage}`, scoreSheetSchema, body);
export const fetchScores = (projectId: number) => api('GET', `/api/projects/${projectId}/scores`, scoreSheetList);
