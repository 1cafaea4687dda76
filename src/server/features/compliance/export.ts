import { ACTION_LABELS } from '../../../contracts/actions.ts';
import type { Db } from '../../db/client.ts';
import { oneBatch, xlsxStream } from '../../platform/xlsx-export.ts';
import type { ComplianceContext } from './context.ts';
import { complianceMatrix } from './matrix.ts';

const STATUS = ACTION_LABELS.complianceStatus;

/**
 * The compliance matrix as a workbook: one row per subject, per rule its done /
 * required and status. Pages through the matrix so any subtree fits.
 */
export async function complianceXlsx(db: Db, ctx: ComplianceContext) {
  const rows: (string | number)[][] = [];
  for (let page = 1; ; page++) {
    const m = await complianceMatrix(db, ctx, { page, pageSize: 200 });
    for (const item of m.rows.items) {
      const cells = ctx.rules.flatMap((rule) => {
        const c = item.cells.find((x) => x.ruleId === rule.id);
        return c ? [`${c.done}/${c.required}`, STATUS[c.status]['zh-CN']] : ['', ''];
      });
      rows.push([item.subject.name, item.subject.unitName, ...cells]);
    }
    if (page * 200 >= m.rows.total) break;
  }
  const columns = [
    { header: '考核对象', width: 30 },
    { header: '所属机构', width: 20 },
    ...ctx.rules.flatMap((rule) => [
      { header: `${rule.name}（完成/应完成）`, width: 18 },
      { header: '状态', width: 10 },
    ]),
  ];
  return xlsxStream('规定动作完成情况', columns, oneBatch(rows));
}
