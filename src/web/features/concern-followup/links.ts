import type { ConcernDimension } from '../../../contracts/concern-figures.ts';
import type { ConcernStatusFilter } from '../../../contracts/concerns.ts';
import { withQuery } from '../../app/api/client.ts';

/** What a figure was counted over: the subtree and the period. */
export interface FigureScope {
  unitId: number | undefined;
  from: string;
  to: string;
}

/**
 * The list filter a row of the figures stands for, as /concerns reads it.
 * Null when the row cannot be opened as a list (an outlet "none" never occurs;
 * department and counselor 0 mean "none" to the list as to the figures).
 */
export function dimensionFilter(dimension: ConcernDimension, key: string | number): Record<string, string> | null {
  const k = String(key);
  switch (dimension) {
    case 'tier':
      return { tier: k };
    case 'category':
      return { category: k };
    case 'department':
      return { departmentId: k };
    case 'counselor':
      return { counselorId: k };
    case 'outlet':
      return k === '0' ? null : { outletId: k };
  }
}

/** /concerns?status=…&from&to&unitId&<row filter>: the list of exactly what the figure counts. */
export function concernListLink(
  scope: FigureScope,
  status: ConcernStatusFilter,
  extra: Record<string, string> = {},
): string {
  return withQuery('/concerns', { status, from: scope.from, to: scope.to, unitId: scope.unitId, ...extra });
}
