import { theme } from 'antd';
import { Link } from 'react-router';
import type { ConcernTally } from '../../../contracts/concern-figures.ts';

/** "202 / 209 = 96.65%": the resolution rate never without what it is out of. */
export function formatResolution(tally: Pick<ConcernTally, 'resolved' | 'raised' | 'resolutionRate'>): string {
  const pct = tally.resolutionRate === null ? '—' : `${(tally.resolutionRate * 100).toFixed(2)}%`;
  return `${tally.resolved.toLocaleString()} / ${tally.raised.toLocaleString()} = ${pct}`;
}

/** Median days to resolve, one decimal; "—" when nothing was resolved. */
export const formatDays = (days: number | null): string => (days === null ? '—' : String(Math.round(days * 10) / 10));

/** A count that opens its list; a plain number when there is no list to open (or nothing in it). */
export function CountLink({ n, to, testId }: { n: number; to: string | null; testId?: string }) {
  const { token } = theme.useToken();
  if (to === null || n === 0) {
    // A span, not Typography.Text: the number keeps the size of where it stands (a card's figure).
    return (
      <span style={n === 0 ? { color: token.colorTextTertiary } : undefined} data-testid={testId}>
        {n.toLocaleString()}
      </span>
    );
  }
  return (
    <Link to={to} data-testid={testId}>
      {n.toLocaleString()}
    </Link>
  );
}
