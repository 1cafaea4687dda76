import { beforeAll, describe, expect, it } from 'vitest';
import { fileTestEnv } from '../../../../tests/helpers/app.ts';
import type { Client } from '../../../../tests/helpers/client.ts';
import { counselorPairedOutside, countRows, fieldsOf, hoursAgo } from '../../../../tests/helpers/records.ts';
import type { ApiError } from '../../../contracts/errors.ts';
import { type Attachment, RECORD_LIMITS, type RecordDetail } from '../../../contracts/records.ts';

/** Attachments: the type is read from the bytes, sizes are bounded, names are kept only for the download. */
const env = fileTestEnv();
let counselor: Client;
let recordId: number;
beforeAll(async () => {
  const w = await counselorPairedOutside(env, '2026-01-01');
  counselor = await env.as('counselor');
  const res = await counselor.post<RecordDetail>('/api/records', {
    kind: 'field_stay',
    occurredAt: hoursAgo(3),
    pairingId: w.pairingId,
    mode: 'on_site',
    title: '蹲点一天',
  });
  recordId = res.body.id;
});

const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from('现场照片数据')]);
const PDF = Buffer.from('%PDF-1.7\n1 0 obj <<>> endobj\n%%EOF\n');
const upload = (data: Buffer, name: string, client = counselor) =>
  client.request<Attachment & ApiError>('POST', `/api/records/${recordId}/attachments`, {
    body: data,
    headers: { 'content-type': 'application/octet-stream', 'x-file-name': encodeURIComponent(name) },
  });

describe('attachments', () => {
  it('stores a photo and a PDF and gives back the same bytes with the detected type', async () => {
    const photo = await upload(PNG, '网点 合影.png');
    expect(photo.status, JSON.stringify(photo.body)).toBe(201);
    expect([photo.body.mimeType, photo.body.sizeBytes, photo.body.fileName]).toEqual([
      'image/png',
      PNG.length,
      '网点 合影.png',
    ]);
    // A PDF named .jpg is still a PDF: the name's extension follows the content.
    const pdf = await upload(PDF, '纪要.jpg');
    expect([pdf.status, pdf.body.mimeType]).toEqual([201, 'application/pdf']);
    expect(pdf.body.fileName.endsWith('.pdf')).toBe(true);
    const down = await counselor.get<Buffer>(`/api/records/${recordId}/attachments/${photo.body.id}`);
    expect(down.status).toBe(200);
    expect(down.headers.get('content-type')).toBe('image/png');
    expect(down.headers.get('x-content-type-options')).toBe('nosniff');
    expect(Buffer.compare(down.body, PNG)).toBe(0);
    const detail = await counselor.get<RecordDetail>(`/api/records/${recordId}`);
    expect(detail.body.attachments.map((a) => a.mimeType)).toEqual(['image/png', 'application/pdf']);
  });

  it('refuses a script named .png, an empty file and one over the size limit; nothing is stored', async () => {
    const before = await countRows(env, 'record_attachments');
    const script = await upload(Buffer.from('<script>alert(1)</script>'), 'photo.png');
    expect(script.status).toBe(400);
    expect(fieldsOf(script.body)[0]).toMatchObject({ field: 'file', reason: 'type' });
    expect(script.body.message).toContain('附件');
    const empty = await upload(Buffer.alloc(0), 'empty.png');
    expect(fieldsOf(empty.body)[0]).toMatchObject({ field: 'file', reason: 'empty' });
    const big = await upload(Buffer.concat([PNG, Buffer.alloc(RECORD_LIMITS.attachmentBytes)]), 'big.png');
    expect(big.status).toBe(400);
    expect(fieldsOf(big.body)[0]).toMatchObject({ field: 'file', reason: 'too_large' });
    expect(await countRows(env, 'record_attachments')).toBe(before);
  });

  it('lets only the author attach or remove, and removes the file', async () => {
    const admin = await env.as('admin');
    expect((await upload(PNG, 'x.png', admin)).status).toBe(409);
    const added = await upload(PNG, '待删除.png');
    const del = await counselor.request('DELETE', `/api/records/${recordId}/attachments/${added.body.id}`);
    expect(del.status).toBe(200);
    expect((await counselor.get(`/api/records/${recordId}/attachments/${added.body.id}`)).status).toBe(404);
  });
});
