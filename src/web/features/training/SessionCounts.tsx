import { Flex, Typography } from 'antd';
import type { EnrolmentCounts } from '../../../contracts/training.ts';
import { useT } from '../../app/i18n/index.tsx';
import { attendanceRate, expectedOf, formatHours, percent } from './labels.ts';

/** 实到 x / 应到 y（xx.x%）: the rate always with what it counts. */
export function AttendanceRate({ counts, secondary }: { counts: EnrolmentCounts; secondary?: boolean }) {
  const t = useT();
  const rate = attendanceRate(counts);
  return (
    <Typography.Text
      type={secondary ? 'secondary' : undefined}
      style={secondary ? { fontSize: 12 } : undefined}
      data-testid="attendance-rate"
    >
      {t('trn.enrol.rate', {
        attended: rate.numerator,
        expected: rate.denominator,
        pct: percent(rate.numerator, rate.denominator),
      })}
    </Typography.Text>
  );
}

/** "应到 12 · 实到 10 · 缺席 2 · 学时 40" and, under it, the attendance rate. */
export function SessionCounts({ counts }: { counts: EnrolmentCounts }) {
  const t = useT();
  return (
    <Flex vertical gap={2}>
      <span data-testid="session-counts">
        {t('trn.list.countsValue', {
          expected: expectedOf(counts),
          attended: counts.attended,
          absent: counts.absent,
          hours: formatHours(counts.hours),
        })}
      </span>
      <AttendanceRate counts={counts} secondary />
    </Flex>
  );
}
