import { DatePicker, Flex, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { type Translate, useT } from '../../app/i18n/index.tsx';

export interface DateRange {
  from: string;
  to: string;
}

const FMT = 'YYYY-MM-DD';

/** This year, January 1 to December 31: the figures' default period. */
export const thisYear = (): DateRange => yearRange(dayjs().year());

const yearRange = (y: number): DateRange => ({ from: `${y}-01-01`, to: `${y}-12-31` });
const quarterRange = (y: number, q: number): DateRange => {
  const start = dayjs(`${y}-01-01`).add((q - 1) * 3, 'month');
  return { from: start.format(FMT), to: start.add(3, 'month').subtract(1, 'day').format(FMT) };
};

/** The named periods: this year, last year, and each quarter of both. */
function presets(t: Translate): { value: string; label: string; range: DateRange }[] {
  const y = dayjs().year();
  const quarters = (year: number) =>
    [1, 2, 3, 4].map((q) => ({
      value: `${year}-Q${q}`,
      label: t('followUp.period.quarter', { year, q }),
      range: quarterRange(year, q),
    }));
  return [
    { value: 'this', label: t('followUp.period.thisYear'), range: yearRange(y) },
    { value: 'last', label: t('followUp.period.lastYear'), range: yearRange(y - 1) },
    ...quarters(y),
    ...quarters(y - 1),
  ];
}

/**
 * 统计期间 as two dates, with named presets (a year, a quarter) for the usual
 * choices. Two single date pickers rather than a range picker: its two-month
 * panel does not fit a phone.
 */
export function PeriodRange({ value, onChange }: { value: DateRange; onChange: (range: DateRange) => void }) {
  const t = useT();
  const all = presets(t);
  const current = all.find((p) => p.range.from === value.from && p.range.to === value.to)?.value ?? 'custom';
  const pick = (d: Dayjs | null, side: 'from' | 'to') => {
    if (!d) return;
    const next = { ...value, [side]: d.format(FMT) };
    // Keep the range the right way round whichever end moved.
    if (next.from > next.to)
      onChange(side === 'from' ? { from: next.from, to: next.from } : { from: next.to, to: next.to });
    else onChange(next);
  };
  return (
    <Flex wrap gap={8} align="center" data-testid="period-range">
      <Select<string>
        value={current}
        onChange={(v) => {
          const found = all.find((p) => p.value === v);
          if (found) onChange(found.range);
        }}
        options={[
          ...all.map((p) => ({ value: p.value, label: p.label })),
          { value: 'custom', label: t('followUp.period.custom'), disabled: true },
        ]}
        style={{ width: 150 }}
        aria-label={t('followUp.period.label')}
      />
      <Flex gap={4} align="center">
        <DatePicker
          value={dayjs(value.from)}
          onChange={(d) => pick(d, 'from')}
          allowClear={false}
          inputReadOnly
          style={{ width: 130 }}
          aria-label={t('followUp.period.from')}
        />
        <span>~</span>
        <DatePicker
          value={dayjs(value.to)}
          onChange={(d) => pick(d, 'to')}
          allowClear={false}
          inputReadOnly
          style={{ width: 130 }}
          aria-label={t('followUp.period.to')}
        />
      </Flex>
    </Flex>
  );
}
