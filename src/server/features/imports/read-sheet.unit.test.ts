import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { SHEET_NAMES } from '../../../contracts/registry-sheets.ts';
import { readSheet } from './read-sheet.ts';

const HEADER = ['机构编码*', '机构名称*', '机构类型*', '上级机构编码'];
const row = (i: number) => [`U${i}`, `青州市第${i}号人民路营业网点（东关）`, '网点', 'JN0101'];

async function streamed(rows: number): Promise<Buffer> {
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on('data', (c: Buffer) => chunks.push(c));
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useSharedStrings: true });
  const ws = wb.addWorksheet(SHEET_NAMES.units);
  ws.addRow(HEADER).commit();
  for (let i = 0; i < rows; i++) ws.addRow(row(i)).commit();
  ws.commit();
  await wb.commit();
  return Buffer.concat(chunks);
}

describe('reading large sheets', () => {
  it('keeps every Chinese character, whatever the chunk boundaries of the zip parts', async () => {
    // ExcelJS's own streaming reader garbles characters split across inflate chunks;
    // 30k rows of Chinese text cross hundreds of chunk boundaries.
    const sheet = await readSheet(await streamed(30_000), 'units');
    expect(sheet.rows).toHaveLength(30_000);
    const wrong = sheet.rows.filter((r, i) => JSON.stringify(r.values) !== JSON.stringify(row(i)));
    expect(wrong).toEqual([]);
  }, 60_000);

  it('reads the sheet of a workbook written in memory, with inline strings and the sheet not first', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('说明').addRow(['x']);
    const ws = wb.addWorksheet(SHEET_NAMES.units);
    ws.addRow(HEADER);
    ws.addRow(row(1));
    const sheet = await readSheet(Buffer.from(await wb.xlsx.writeBuffer()), 'units');
    expect(sheet.rows.map((r) => r.values)).toEqual([row(1)]);
    expect(sheet.columns.map((c) => c.label)).toEqual(['A 机构编码', 'B 机构名称', 'C 机构类型', 'D 上级机构编码']);
  });
});
