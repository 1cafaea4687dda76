import { Select, Space } from 'antd';
import dayjs from 'dayjs';
import { RULE_PERIODS, type RulePeriod } from '../../../contracts/actions.ts';
import { useT } from '../../app/i18n/index.tsx';
import { currentPeriod, joinPeriod, partsOf, splitPeriod } from './period.ts';

/** 统计期间: month, quarter (the default), half-year or year, and which one. */
export function PeriodPicker({ value, onChange }: { value: string; onChange: (period: string) => void }) {
  const t = useT();
  const { kind, year, part } = splitPeriod(value);
  const thisYear = dayjs().year();
  const years = Array.from({ length: 5 }, (_, i) => thisYear - i);
  const changeKind = (k: RulePeriod) => {
    const now = splitPeriod(currentPeriod(k));
    onChange(joinPeriod(year, year === now.year ? now.part : (partsOf(k).at(-1) ?? '')));
  };
  const partLabel = (p: string) =>
    p.startsWith('Q')
      ? t('period.quarterN', { n: p.slice(1) })
      : p.startsWith('H')
        ? t(p === 'H1' ? 'period.h1' : 'period.h2')
        : t('period.monthN', { n: Number(p) });
  return (
    <Space.Compact data-testid="period-picker">
      <Select<RulePeriod>
        value={kind}
        onChange={changeKind}
        options={RULE_PERIODS.map((k) => ({ value: k, label: t(`period.kind.${k}`) }))}
        style={{ width: 100 }}
      />
      <Select<number>
        value={year}
        onChange={(y) => onChange(joinPeriod(y, part))}
        options={years.map((y) => ({ value: y, label: t('period.year', { year: y }) }))}
        style={{ width: 96 }}
      />
      {kind !== 'year' ? (
        <Select<string>
          value={part}
          onChange={(p) => onChange(joinPeriod(year, p))}
          options={partsOf(kind).map((p) => ({ value: p, label: partLabel(p) }))}
          style={{ width: 116 }}
        />
      ) : null}
    </Space.Compact>
  );
}
