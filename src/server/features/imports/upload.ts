import type { IncomingMessage } from 'node:http';
import { IMPORT_LIMITS } from '../../../contracts/imports.ts';
import { AppError } from '../../platform/errors.ts';

/** The content types an import upload may carry (the browser's and a generic binary one). */
export const UPLOAD_TYPES = [
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/octet-stream',
];

const tooLarge = () =>
  new AppError('IMPORT_TOO_LARGE', { params: { maxMb: Math.round(IMPORT_LIMITS.maxBytes / 1024 / 1024) } });

/**
 * Reads an upload into memory up to the import limit. A larger body is refused
 * with IMPORT_TOO_LARGE (as soon as its declared length or the bytes read pass
 * the limit); the rest is drained, not kept, so the client still gets the answer
 * instead of a reset connection.
 */
export function readUpload(payload: IncomingMessage): Promise<Buffer> {
  const limit = IMPORT_LIMITS.maxBytes;
  const declared = Number(payload.headers['content-length'] ?? Number.NaN);
  if (declared > limit) {
    payload.resume();
    return Promise.reject(tooLarge());
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) {
        chunks.push(chunk);
        return;
      }
      payload.off('data', onData);
      payload.resume();
      chunks.length = 0;
      reject(tooLarge());
    };
    payload.on('data', onData);
    payload.once('end', () => resolve(Buffer.concat(chunks, size)));
    payload.once('error', reject);
  });
}
