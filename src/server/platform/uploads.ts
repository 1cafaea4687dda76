import type { FastifyInstance, FastifyReply } from 'fastify';
import type { Lang, Localized } from '../../contracts/i18n.ts';
import { conflict, invalidField } from './errors.ts';
import { detectFileType } from './file-types.ts';
import type { FileStorage } from './storage.ts';

/** Extensions the detected type may legitimately carry (legacy Office shares one signature). */
const SAME_KIND: Record<string, readonly string[]> = {
  jpg: ['jpg', 'jpeg'],
  doc: ['doc', 'xls', 'ppt'],
};

/**
 * The download name: the uploaded base name without paths or control characters,
 * and an extension that agrees with the content (a PDF sent as "x.jpg" becomes
 * "x.pdf"), so the file opens with the right program.
 */
function cleanName(raw: string, extension: string): string {
  const base =
    raw
      .split(/[/\\]/)
      .pop()
      // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what this strips
      ?.replace(/[\u0000-\u001f"<>|?*]/g, '')
      .trim() || 'file';
  const dot = base.lastIndexOf('.');
  const stem = dot > 0 ? base.slice(0, dot) : base;
  const given = dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
  const fits = (SAME_KIND[extension] ?? [extension]).includes(given);
  const name = fits ? base : `${stem}.${extension}`;
  return name.length > 120 ? name.slice(-120) : name;
}

/**
 * An evidence file as attachments accept it (records, concerns): not empty, within
 * the size limit, an image, PDF or Office document judged from its content. Answers
 * the type and the name to keep, or refuses the `file` field.
 */
export function acceptUpload(
  lang: Lang,
  file: { data: Buffer; name: string },
  maxBytes: number,
): { mime: string; fileName: string } {
  if (file.data.length === 0) {
    throw invalidField(lang, 'file', 'empty', { 'zh-CN': '文件为空', 'en-US': 'is empty' });
  }
  if (file.data.length > maxBytes) {
    throw invalidField(lang, 'file', 'too_large', {
      'zh-CN': `超过 ${maxBytes / 1024 / 1024} MB 上限`,
      'en-US': `exceeds ${maxBytes / 1024 / 1024} MB`,
    });
  }
  const type = detectFileType(file.data);
  if (!type) {
    throw invalidField(lang, 'file', 'type', {
      'zh-CN': '只能上传图片（JPG、PNG、GIF、WebP）、PDF 或 Office 文档',
      'en-US': 'must be an image (JPG, PNG, GIF, WebP), a PDF or an Office document',
    });
  }
  return { mime: type.mime, fileName: cleanName(file.name, type.extension) };
}

/** The columns every attachment table shares (records', concerns'), ready to insert. */
export interface StoredUpload {
  storageKey: string;
  fileName: string;
  mimeType: string;
  sizeBytes: number;
  createdBy: number;
}

/**
 * Accepts a file for an owner that already holds `held` files (at most `limit`), stores
 * it under a random key, and answers the row's shared columns. Refuses by field or by
 * the limit before anything is stored.
 */
export async function storeUpload(
  ctx: { lang: Lang; actor: { accountId: number } },
  storage: FileStorage,
  file: { data: Buffer; name: string },
  opts: { maxBytes: number; held: number; limit: number; owner: Localized },
): Promise<StoredUpload> {
  const accepted = acceptUpload(ctx.lang, file, opts.maxBytes);
  if (opts.held >= opts.limit) {
    throw conflict(ctx.lang, {
      'zh-CN': `每条${opts.owner['zh-CN']}最多 ${opts.limit} 个附件`,
      'en-US': `at most ${opts.limit} attachments per ${opts.owner['en-US']}`,
    });
  }
  return {
    storageKey: await storage.put(file.data),
    fileName: accepted.fileName,
    mimeType: accepted.mime,
    sizeBytes: file.data.length,
    createdBy: ctx.actor.accountId,
  };
}

/** The audit detail of an added attachment. */
export const attachmentDetail = (a: { id: number; fileName: string; mimeType: string; sizeBytes: number }) => ({
  attachmentId: a.id,
  fileName: a.fileName,
  mimeType: a.mimeType,
  sizeBytes: a.sizeBytes,
});

/**
 * Lets a route plugin take files as the raw body (application/octet-stream) up to
 * `maxBytes`; the type is judged from the content later, never from the header.
 */
export function acceptRawUploads(app: FastifyInstance, maxBytes: number): void {
  app.addContentTypeParser(
    'application/octet-stream',
    { parseAs: 'buffer', bodyLimit: maxBytes + 1024 },
    (_req, body, done) => done(null, body),
  );
}

/**
 * Sends a stored attachment as a download: its detected type, its name only in the RFC 5987
 * parameter (any characters, never a header injection), and nosniff so a browser never
 * renders it as something else. Records, concerns and checklist entries all answer this way.
 */
export function sendAttachment(
  reply: FastifyReply,
  storage: FileStorage,
  a: { mimeType: string; fileName: string; storageKey: string },
): FastifyReply {
  return reply
    .header('content-type', a.mimeType)
    .header('content-disposition', `attachment; filename="file"; filename*=UTF-8''${encodeURIComponent(a.fileName)}`)
    .header('x-content-type-options', 'nosniff')
    .send(storage.get(a.storageKey));
}
