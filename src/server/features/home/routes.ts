import type { FastifyInstance } from 'fastify';
import { homeSchema } from '../../../contracts/home.ts';
import { typed } from '../../platform/route.ts';
import { contextAndToday } from '../projects/today.ts';
import { homeOf } from './home.ts';

/** 首页: the sections of what the caller is (pairings, concern queue, party orgs they lead). */
export async function homeRoutes(app: FastifyInstance): Promise<void> {
  const r = typed(app);
  const db = () => app.database.db;

  r.get('/api/home', {
    config: { access: { authenticated: true } },
    schema: { response: { 200: homeSchema } },
    handler: async (req) => {
      const { ctx, today, timeZone } = await contextAndToday(db(), req);
      return homeOf(db(), ctx.actor, { today, timeZone, lang: ctx.lang });
    },
  });
}
