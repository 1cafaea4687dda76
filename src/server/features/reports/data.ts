import type { ReportData } from '../../../contracts/reports.ts';
import type { Db } from '../../db/client.ts';
import type { Actor } from '../../platform/actor.ts';
import { type ReportInput, reportScope } from './scope.ts';
import { overviewFigures, SHEETS, SUMMARY_BUILDERS } from './tables.ts';

/** The print page's data: the workbook's figures and summary sheets, from the same builders (not the per-pairing rows). */
export async function reportData(db: Db, actor: Actor, q: ReportInput, now = new Date()): Promise<ReportData> {
  const s = await reportScope(db, actor, q, now);
  const figures = await overviewFigures(db, s);
  const tables = [];
  for (const key of SHEETS) {
    const build = SUMMARY_BUILDERS[key];
    if (build) tables.push(await build(db, s));
  }
  const kind = q.period.includes('Q') ? ['季度', 'quarterly'] : ['年度', 'annual'];
  return {
    title:
      q.lang === 'zh-CN'
        ? `${s.unit.name}党建工作${kind[0]}报表（${q.period}）`
        : `${s.unit.name}: party-building ${kind[1]} report (${q.period})`,
    unit: { id: s.unit.id, code: s.unit.code, name: s.unit.name },
    period: s.period,
    today: s.today,
    figures,
    tables,
  };
}
