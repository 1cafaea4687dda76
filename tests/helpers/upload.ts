import ExcelJS, { type CellValue } from 'exceljs';
import type { ImportKind, ImportReport } from '../../src/contracts/imports.ts';
import { SHEET_NAMES, SHEETS } from '../../src/contracts/registry-sheets.ts';

/**
 * Helpers of the import tests and bench/import.ts: xlsx files built in
 * memory and uploads as raw bodies with a signed-in client's session. The
 * client is taken structurally, so this file needs nothing from tests/.
 */
export interface SessionClient {
  baseUrl: string;
  cookies: Map<string, string>;
  csrfToken: string | null;
  lang: string;
}

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export interface UploadAnswer<T> {
  status: number;
  body: T;
}

export async function upload<T = ImportReport>(
  client: SessionClient,
  kind: string,
  mode: 'dry_run' | 'commit',
  file: Uint8Array,
  opts: { contentType?: string; lang?: string } = {},
): Promise<UploadAnswer<T>> {
  const headers: Record<string, string> = {
    'content-type': opts.contentType ?? XLSX_TYPE,
    'accept-language': opts.lang ?? client.lang,
    cookie: [...client.cookies].map(([k, v]) => `${k}=${v}`).join('; '),
  };
  if (client.csrfToken) headers['x-csrf-token'] = client.csrfToken;
  const res = await fetch(`${client.baseUrl}/api/imports/${kind}?mode=${mode}`, {
    method: 'POST',
    headers,
    body: file,
  });
  return { status: res.status, body: (await res.json()) as T };
}

/** Any cell ExcelJS writes: text, numbers, dates, rich text, formulas with results. */
export type CellInput = CellValue;

/** A workbook with one sheet of rows (the first row being the header). */
export async function xlsxOf(sheetName: string, rows: CellInput[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(sheetName);
  for (const row of rows) ws.addRow(row.map((v) => v ?? null));
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/**
 * A kind's sheet from records keyed by column key: the template's columns
 * (required ones marked "*"), or only the given ones in the given order.
 */
export function sheetOf(
  kind: ImportKind,
  records: Record<string, CellInput>[],
  keys: string[] = SHEETS[kind].filter((c) => !c.exportOnly).map((c) => c.key),
): CellInput[][] {
  const defs = new Map(SHEETS[kind].map((c) => [c.key, c]));
  const header = keys.map((k) => {
    const def = defs.get(k);
    if (!def) throw new Error(`no column ${k} in ${kind}`);
    return def.required ? `${def.header}*` : def.header;
  });
  return [header, ...records.map((r) => keys.map((k) => r[k] ?? null))];
}

export async function fileOf(kind: ImportKind, records: Record<string, CellInput>[], keys?: string[]): Promise<Buffer> {
  return xlsxOf(SHEET_NAMES[kind], sheetOf(kind, records, keys));
}

/** Tables an import may write, with a stable order for their checksum. */
const TABLES = [
  'units',
  'unit_moves',
  'party_orgs',
  'party_org_committee',
  'people',
  'person_transfers',
  'unit_people_stats',
];

export interface Queryable {
  query<R = Record<string, unknown>>(text: string, params?: unknown[]): Promise<R[]>;
}

/** Row counts and an md5 of every row of the registry tables, and the audit row count. */
export async function snapshot(db: Queryable): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const t of TABLES) {
    const order = t === 'unit_people_stats' ? 'unit_id' : 'id';
    const [r] = await db.query<{ n: number; h: string | null }>(
      `select count(*)::int as n, md5(coalesce(string_agg(x::text, '|' order by x.${order}), '')) as h from ${t} x`,
    );
    out[t] = `${r!.n}:${r!.h}`;
  }
  const [a] = await db.query<{ n: number }>('select count(*)::int as n from audit_log');
  out.audit_log = String(a!.n);
  return out;
}

/** Both modes of one file, with the registry's state before and after (a refused file must leave it as it was). */
export async function tryBothModes(
  client: SessionClient,
  db: Queryable,
  kind: ImportKind,
  file: Buffer,
  lang?: string,
): Promise<{
  dryRun: ImportReport;
  commit: ImportReport;
  before: Record<string, string>;
  after: Record<string, string>;
}> {
  const before = await snapshot(db);
  const opts = lang ? { lang } : {};
  const dryRun = await upload(client, kind, 'dry_run', file, opts);
  const commit = await upload(client, kind, 'commit', file, opts);
  if (dryRun.status !== 200 || commit.status !== 200) {
    throw new Error(`import answered ${dryRun.status}/${commit.status}: ${JSON.stringify([dryRun.body, commit.body])}`);
  }
  return { dryRun: dryRun.body, commit: commit.body, before, after: await snapshot(db) };
}
