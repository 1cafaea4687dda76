import { Readable } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import { createInflateRaw } from 'node:zlib';

/**
 * A minimal reader of zip archives held in memory, driven by the central
 * directory. ExcelJS's streaming reader walks the local headers with unzipper,
 * whose parser ends its entry stream as soon as the input is consumed — entries
 * parsed ahead but not yet taken are then lost (a missing workbook.xml, or
 * sharedStrings, depending on timing). Reading the directory first and opening
 * each part on demand has no such race.
 */

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  dataStart: number;
}

export class ZipError extends Error {}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

function check(ok: boolean, what: string): asserts ok {
  if (!ok) throw new ZipError(what);
}

/** The archive's entries by name; throws ZipError when the buffer is no (supported) zip. */
export function zipEntries(buf: Buffer): Map<string, ZipEntry> {
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 0xffff); i--) {
    if (buf.readUInt32LE(i) === EOCD) {
      eocd = i;
      break;
    }
  }
  check(eocd >= 0, 'no end of central directory');
  const count = buf.readUInt16LE(eocd + 10);
  let p = buf.readUInt32LE(eocd + 16);
  check(p !== 0xffffffff, 'zip64 is not supported');
  const out = new Map<string, ZipEntry>();
  for (let n = 0; n < count; n++) {
    check(p + 46 <= buf.length && buf.readUInt32LE(p) === CENTRAL, 'bad central directory');
    const method = buf.readUInt16LE(p + 10);
    const compressedSize = buf.readUInt32LE(p + 20);
    const nameLength = buf.readUInt16LE(p + 28);
    const next = p + 46 + nameLength + buf.readUInt16LE(p + 30) + buf.readUInt16LE(p + 32);
    const local = buf.readUInt32LE(p + 42);
    const name = buf.toString('utf8', p + 46, p + 46 + nameLength);
    check(local + 30 <= buf.length && buf.readUInt32LE(local) === LOCAL, 'bad local header');
    const dataStart = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    check(dataStart + compressedSize <= buf.length, 'entry beyond the archive');
    check(method === 0 || method === 8, 'unsupported compression');
    out.set(name, { name, method, compressedSize, dataStart });
    p = next;
  }
  return out;
}

async function* inflated(buf: Buffer, entry: ZipEntry, maxBytes: number, tooLarge: () => Error) {
  const raw = Readable.from([buf.subarray(entry.dataStart, entry.dataStart + entry.compressedSize)]);
  // Built on the first read, so an inflate error reaches the reader instead of firing unheard.
  const data = entry.method === 0 ? raw : raw.pipe(createInflateRaw());
  // Text, not bytes: ExcelJS decodes each Buffer chunk on its own, which garbles a
  // character split between two chunks (any Chinese text, now and then).
  const decoder = new StringDecoder('utf8');
  let seen = 0;
  for await (const chunk of data as AsyncIterable<Buffer>) {
    seen += chunk.length;
    if (seen > maxBytes) throw tooLarge();
    const text = decoder.write(chunk);
    if (text) yield text;
  }
  const rest = decoder.end();
  if (rest) yield rest;
}

/**
 * One entry's content as a stream of text chunks, inflated and decoded as it is
 * read. Inflating stops with `tooLarge()` past `maxBytes`: a small upload may
 * hide an enormous part.
 */
export function openEntry(buf: Buffer, entry: ZipEntry, maxBytes: number, tooLarge: () => Error): Readable {
  return Readable.from(inflated(buf, entry, maxBytes, tooLarge), { objectMode: true });
}
