import type { Rate } from '../../../contracts/registry.ts';
import { formatRate } from '../registry/RateFigure.tsx';

/** A rate as "2 / 4 = 50.0%": never without its numerator and denominator. */
export function RateText({ rate, testId }: { rate: Rate; testId?: string }) {
  return (
    <span style={{ whiteSpace: 'nowrap' }} data-testid={testId}>
      {formatRate(rate)}
    </span>
  );
}
