import { z } from 'zod';

/** What can be imported from (and exported to) a spreadsheet: the registry lists and pairings. */
export const IMPORT_KINDS = ['units', 'party_orgs', 'people', 'pairings'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

export const IMPORT_LIMITS = { maxRows: 100_000, maxBytes: 50 * 1024 * 1024 } as const;

export const importModeQuery = z.strictObject({ mode: z.enum(['dry_run', 'commit']) });

/** One problem of one cell (or one row, when column is null), in the caller's language. */
export const importProblemSchema = z.object({
  /** Spreadsheet row number as Excel shows it (the header is row 1). */
  row: z.number().int(),
  /** Column letter and header, e.g. "C 所属机构编码"; null for a whole-row problem. */
  column: z.string().nullable(),
  field: z.string().nullable(),
  reason: z.string(),
  message: z.string(),
});
export type ImportProblem = z.infer<typeof importProblemSchema>;

export const importReportSchema = z.object({
  kind: z.enum(IMPORT_KINDS),
  mode: z.enum(['dry_run', 'commit']),
  rows: z.number().int(),
  /** True only for a commit that wrote; a file with any problem writes nothing. */
  committed: z.boolean(),
  inserted: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  problems: z.array(importProblemSchema),
  /** Problems beyond the first 1,000 are counted, not listed. */
  problemCount: z.number().int(),
});
export type ImportReport = z.infer<typeof importReportSchema>;
