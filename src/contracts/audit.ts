import { z } from 'zod';
import { pageOf, pageQuery } from './common.ts';

export const AUDIT_RESULTS = ['success', 'failure', 'denied'] as const;

export const auditEntrySchema = z.object({
  seq: z.number().int(),
  at: z.string(),
  actorId: z.number().int().nullable(),
  actorUsername: z.string().nullable(),
  ip: z.string().nullable(),
  requestId: z.string().nullable(),
  action: z.string(),
  targetType: z.string().nullable(),
  targetId: z.string().nullable(),
  result: z.enum(AUDIT_RESULTS),
  diff: z.unknown().nullable(),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;

const filters = {
  actor: z.string().trim().max(64).optional(),
  action: z.string().trim().max(64).optional(),
  targetType: z.string().trim().max(64).optional(),
  targetId: z.string().trim().max(64).optional(),
  result: z.enum(AUDIT_RESULTS).optional(),
  from: z.iso.datetime({ offset: true }).optional(),
  to: z.iso.datetime({ offset: true }).optional(),
};
export const auditQuery = z.strictObject({ ...pageQuery, ...filters });
export type AuditQuery = z.infer<typeof auditQuery>;
export const auditExportQuery = z.strictObject(filters);
export type AuditFilters = z.infer<typeof auditExportQuery>;
export const auditPage = pageOf(auditEntrySchema);

/** What the chain walk can find wrong, as codes the web client translates. */
export const AUDIT_CHAIN_PROBLEMS = [
  'content_mismatch',
  'link_broken',
  'rows_missing',
  'head_missing',
  'genesis_mismatch',
] as const;
export type AuditChainProblem = (typeof AUDIT_CHAIN_PROBLEMS)[number];

export const auditVerifySchema = z.object({
  ok: z.boolean(),
  checked: z.number().int(),
  headSeq: z.number().int().nullable(),
  headHash: z.string().nullable(),
  problems: z.array(
    z.object({
      seq: z.number().int(),
      code: z.enum(AUDIT_CHAIN_PROBLEMS),
      /** English description, as `npm run audit:verify` prints it. */
      problem: z.string(),
    }),
  ),
});
export type AuditVerifyResult = z.infer<typeof auditVerifySchema>;
