import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import type { FastifyReply } from 'fastify';

export interface XlsxColumn {
  header: string;
  width?: number;
}

export type Cell = string | number | boolean | Date | null | undefined;

/**
 * Streams rows into a one-sheet xlsx workbook batch by batch, so an export of
 * any size never sits in memory whole. A failure midway destroys the stream
 * (the download breaks rather than ending in a silently short file).
 */
export function xlsxStream(sheetName: string, columns: XlsxColumn[], batches: AsyncIterable<Cell[][]>): PassThrough {
  const stream = new PassThrough();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true });
  const sheet = workbook.addWorksheet(sheetName);
  sheet.columns = columns.map((c) => ({ header: c.header, width: c.width ?? 16 }));
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(1).commit();
  (async () => {
    for await (const batch of batches) for (const row of batch) sheet.addRow(row).commit();
    sheet.commit();
    await workbook.commit();
  })().catch((err: unknown) => stream.destroy(err instanceof Error ? err : new Error(String(err))));
  return stream;
}

/** Sends an xlsx download with a UTF-8 file name (RFC 5987), e.g. "人员名单-2026-11-22.xlsx". */
export function sendXlsx(reply: FastifyReply, baseName: string, body: PassThrough): FastifyReply {
  const name = `${baseName}-${new Date().toISOString().slice(0, 10)}.xlsx`;
  return reply
    .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
    .header('content-disposition', `attachment; filename="export.xlsx"; filename*=UTF-8''${encodeURIComponent(name)}`)
    .send(body);
}

/** Wraps a list of rows as one batch. */
export async function* oneBatch(rows: Cell[][]): AsyncGenerator<Cell[][]> {
  yield rows;
}
