import type { CellState } from '../../../../contracts/checklist-annual.ts';

/** The board's colours: done green, partly gold, overdue red, pending grey. */
export const STATE_COLORS: Record<CellState, { bg: string; fg: string; tag: string }> = {
  done: { bg: '#d9f7be', fg: '#237804', tag: 'green' },
  partly: { bg: '#fff1b8', fg: '#ad6800', tag: 'gold' },
  overdue: { bg: '#ffccc7', fg: '#a8071a', tag: 'red' },
  pending: { bg: '#f0f0f0', fg: '#595959', tag: 'default' },
};
export const STATES: readonly CellState[] = ['done', 'partly', 'overdue', 'pending'];
export const stateKey = (s: CellState) => `cla.state.${s}` as const;

/** Items grouped by their area, in order. */
export function byArea<I extends { areaId: number }>(areas: { id: number; title: string }[], items: I[]) {
  return areas.map((a) => ({ area: a, items: items.filter((i) => i.areaId === a.id) })).filter((g) => g.items.length);
}

export const fmt = (n: number | null) => (n === null ? null : Number.isInteger(n) ? String(n) : n.toFixed(2));
