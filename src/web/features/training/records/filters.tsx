import { Flex, Select, Typography } from 'antd';
import { z } from 'zod';
import { useT } from '../../../app/i18n/index.tsx';
import { useUrlFilters } from '../../../app/useUrlFilters.ts';
import { UnitTreeSelect } from '../../units/UnitTreeSelect.tsx';

const shape = {
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  unitId: z.coerce.number().int().positive().optional(),
};
const KEYS = ['year', 'unitId'] as const;

/** The year (default this year) and the subtree (default the caller's scope), kept in the address. */
export function useYearUnit() {
  const [filters, setFilters] = useUrlFilters(shape, KEYS);
  const year = filters.year ?? new Date().getFullYear();
  const unitId = filters.unitId;
  const set = (patch: { year?: number; unitId?: number | undefined }) => setFilters({ year, unitId, ...patch });
  return { year, unitId, set };
}

/** A year: this year's neighbours and the five before, newest first. */
export function YearSelect({ value, onChange }: { value: number; onChange: (year: number) => void }) {
  const t = useT();
  const thisYear = new Date().getFullYear();
  const years = [...new Set([thisYear + 1, thisYear, thisYear - 1, thisYear - 2, thisYear - 3, thisYear - 4, value])]
    .sort((a, b) => b - a)
    .map((y) => ({ value: y, label: t('trn.rec.yearValue', { year: y }) }));
  return (
    <Select<number>
      value={value}
      onChange={onChange}
      options={years}
      aria-label={t('trn.rec.year')}
      style={{ width: 110 }}
      data-testid="filter-year"
    />
  );
}

/** The year and subtree pickers in one wrapping row (stacked on a phone). */
export function YearUnitBar({ withUnit = true }: { withUnit?: boolean }) {
  const t = useT();
  const { year, unitId, set } = useYearUnit();
  return (
    <Flex gap={8} wrap align="center" style={{ flex: '1 1 300px', minWidth: 0 }}>
      <YearSelect value={year} onChange={(y) => set({ year: y })} />
      {withUnit && (
        <Flex gap={8} align="center" style={{ flex: '1 1 220px', minWidth: 0, maxWidth: 320 }}>
          <Typography.Text type="secondary" style={{ whiteSpace: 'nowrap' }}>
            {t('trn.rec.subtree')}
          </Typography.Text>
          <UnitTreeSelect
            value={unitId ?? null}
            onChange={(id) => set({ unitId: id ?? undefined })}
            placeholder={t('trn.rec.unitAll')}
          />
        </Flex>
      )}
    </Flex>
  );
}
