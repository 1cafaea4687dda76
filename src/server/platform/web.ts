import fs from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { errorMessage } from '../../contracts/messages.ts';

/**
 * Serves the built single-page app: hashed assets with long caching, any other
 * file from the build, and index.html for client-side routes. API paths that
 * match nothing answer a JSON 404 instead.
 */
export async function registerWeb(app: FastifyInstance, webDir: string): Promise<void> {
  const hasBuild = fs.existsSync(path.join(webDir, 'index.html'));
  await app.register(fastifyStatic, { root: webDir, serve: false });

  app.get('/assets/*', { config: { access: { public: true } } }, (req, reply) => {
    const file = (req.params as { '*': string })['*'];
    return reply.header('cache-control', 'public, max-age=31536000, immutable').sendFile(path.join('assets', file));
  });

  app.setNotFoundHandler((req, reply) => {
    const url = req.url.split('?')[0] ?? '/';
    // API routes and build assets that do not exist are plain 404s, never the SPA page.
    if (url.startsWith('/api/') || url.startsWith('/assets/') || (req.method !== 'GET' && req.method !== 'HEAD')) {
      return reply.status(404).send({ code: 'NOT_FOUND', message: errorMessage('NOT_FOUND', req.lang ?? 'zh-CN') });
    }
    if (!hasBuild) {
      return reply
        .status(503)
        .type('text/plain; charset=utf-8')
        .send('The web client is not built yet: run `npm run build` (npm start does it for you).');
    }
    const candidate = path.normalize(url).replace(/^(\.\.[/\\])+/, '');
    if (
      candidate !== '/' &&
      fs.existsSync(path.join(webDir, candidate)) &&
      fs.statSync(path.join(webDir, candidate)).isFile()
    ) {
      return reply.sendFile(candidate.slice(1));
    }
    return reply.header('cache-control', 'no-cache').sendFile('index.html');
  });
}
