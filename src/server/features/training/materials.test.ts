import { beforeAll, describe, expect, it } from 'vitest';
import { fileTestEnv } from '../../../../tests/helpers/app.ts';
import type { Client } from '../../../../tests/helpers/client.ts';
import { createSession, outsideSession } from '../../../../tests/helpers/training.ts';
import type { ApiError } from '../../../contracts/errors.ts';
import type { Material, SessionDetail } from '../../../contracts/training.ts';

/** Course materials: upload (type from the bytes), list in the detail, download, delete; scope and permission. */
const env = fileTestEnv();
let admin: Client;
let secretary: Client;
const PDF = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(200, 0x20), Buffer.from('\n%%EOF\n')]);

const upload = (client: Client, sessionId: number, body: Buffer, name: string) =>
  client.request<Material & ApiError>('POST', `/api/training/sessions/${sessionId}/materials`, {
    body,
    headers: { 'content-type': 'application/octet-stream', 'x-file-name': encodeURIComponent(name) },
  });

beforeAll(async () => {
  admin = await env.as('admin');
  secretary = await env.as('secretary');
});

describe('materials', () => {
  it('stores a PDF, lists it in the detail, serves it to readers, and deletes it', async () => {
    const id = await createSession(env, admin);
    const up = await upload(admin, id, PDF, '党章学习课件.pdf');
    expect(up.status).toBe(201);
    expect(up.body).toMatchObject({ fileName: '党章学习课件.pdf', mimeType: 'application/pdf', sizeBytes: PDF.length });
    const detail = await secretary.get<SessionDetail>(`/api/training/sessions/${id}`);
    expect(detail.body.materials.map((m) => m.fileName)).toEqual(['党章学习课件.pdf']);
    const file = await secretary.get<Buffer>(`/api/training/materials/${up.body.id}`);
    expect([file.status, file.headers.get('content-type'), Buffer.compare(file.body, PDF)]).toEqual([
      200,
      'application/pdf',
      0,
    ]);
    expect((await secretary.request('DELETE', `/api/training/materials/${up.body.id}`)).status).toBe(403);
    expect((await admin.request('DELETE', `/api/training/materials/${up.body.id}`)).status).toBe(200);
    expect((await secretary.get(`/api/training/materials/${up.body.id}`)).status).toBe(404);
    expect((await admin.get<SessionDetail>(`/api/training/sessions/${id}`)).body.materials).toEqual([]);
  });

  it('refuses a file of an unknown type and a session out of scope', async () => {
    const id = await createSession(env, admin);
    const text = await upload(admin, id, Buffer.from('just text'), 'x.txt');
    expect(text.status).toBe(400);
    const outside = await outsideSession(env);
    expect((await upload(admin, outside, PDF, 'a.pdf')).status).toBe(404);
  });
});
