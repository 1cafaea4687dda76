import { Readable } from 'node:stream';
import ExcelJS, { type Row } from 'exceljs';
import { IMPORT_LIMITS } from '../../../contracts/imports.ts';
import { AppError } from '../../platform/errors.ts';
import { openEntry, type ZipEntry, ZipError, zipEntries } from './zip.ts';

/**
 * Opens one worksheet of an xlsx held in memory, by name, as a stream of rows.
 * The parts are parsed by ExcelJS's own streaming readers (relationships,
 * workbook, styles for dates, shared strings, then the sheet), but the zip is
 * read from its central directory (zip.ts) instead of ExcelJS's unzipper walk,
 * which can drop trailing parts. The part methods are WorkbookReader's
 * internals (exceljs 4.4; 4.x is no longer developed), declared here.
 */
interface Relationship {
  Id: string;
  Type: string;
  Target: string;
}
interface ReaderParts {
  workbookRels?: Relationship[];
  model?: { sheets?: { id: number; name: string; rId: string }[] };
  _parseRels(entry: Readable): Promise<void>;
  _parseWorkbook(entry: Readable): Promise<void>;
  _parseStyles(entry: Readable): Promise<void>;
  _parseSharedStrings(entry: Readable): AsyncIterable<unknown>;
  _parseWorksheet(iterator: Readable, sheetNo: string): Iterable<{ eventType: string; value: AsyncIterable<Row> }>;
}

const MB = 1024 * 1024;
/** Inflated size limits: the sheet is streamed, shared strings are held in memory. */
const LIMITS = { sheet: 1024 * MB, sharedStrings: 256 * MB, other: 16 * MB };

const notXlsx = () => new AppError('IMPORT_NOT_XLSX');
const tooLarge = () => new AppError('IMPORT_TOO_LARGE', { params: { maxMb: Math.round(IMPORT_LIMITS.maxBytes / MB) } });

/** "worksheets/sheet2.xml" or "/xl/worksheets/sheet2.xml" → "xl/worksheets/sheet2.xml". */
const partPath = (target: string) => (target.startsWith('/') ? target.slice(1) : `xl/${target}`);

/**
 * `sheet`: the sheet's name (another name is refused), or `{ prefer }` for files
 * that come from elsewhere (a learning platform's export names its own sheet):
 * that sheet when present, else the first.
 */
export async function openWorksheet(
  buffer: Buffer,
  sheet: string | { prefer?: string | undefined },
): Promise<AsyncIterable<Row>> {
  let entries: Map<string, ZipEntry>;
  try {
    entries = zipEntries(buffer);
  } catch (err) {
    if (err instanceof ZipError || err instanceof RangeError) throw notXlsx();
    throw err;
  }
  const open = (path: string, limit = LIMITS.other): Readable => {
    const entry = entries.get(path);
    if (!entry) throw notXlsx();
    return openEntry(buffer, entry, limit, tooLarge);
  };
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([]), {
    sharedStrings: 'cache',
    hyperlinks: 'ignore',
    styles: 'cache', // date-formatted numbers come back as dates only with the styles read
    worksheets: 'emit',
    entries: 'ignore',
  }) as unknown as ReaderParts;
  await reader._parseRels(open('xl/_rels/workbook.xml.rels'));
  await reader._parseWorkbook(open('xl/workbook.xml'));
  const sheets = reader.model?.sheets ?? [];
  if (sheets.length === 0) throw notXlsx();
  const wanted = typeof sheet === 'string' ? sheet : sheet.prefer;
  const named = sheets.find((s) => String(s.name ?? '').trim() === wanted);
  if (!named && typeof sheet === 'string') throw new AppError('IMPORT_WRONG_SHEET', { params: { sheet } });
  const chosen = named ?? sheets[0]!;
  const rels = reader.workbookRels ?? [];
  const target = rels.find((r) => r.Id === chosen.rId)?.Target;
  if (!target) throw notXlsx();
  const byType = (type: string) => rels.find((r) => r.Type.endsWith(`/${type}`))?.Target;
  const styles = partPath(byType('styles') ?? 'styles.xml');
  if (entries.has(styles)) await reader._parseStyles(open(styles));
  const shared = partPath(byType('sharedStrings') ?? 'sharedStrings.xml');
  if (entries.has(shared)) {
    for await (const _ of reader._parseSharedStrings(open(shared, LIMITS.sharedStrings))) {
      // 'cache' mode yields nothing; the strings stay on the reader for the sheet.
    }
  }
  const [event] = [...reader._parseWorksheet(open(partPath(target), LIMITS.sheet), String(chosen.id))];
  if (!event) throw notXlsx();
  return event.value;
}
