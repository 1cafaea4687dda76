import { Select } from 'antd';
import { CADRE_GRADES, EMPLOYMENT_STATUSES, PARTY_RELATIONS } from '../../../contracts/registry-enums.ts';
import { FilterPanel } from '../../app/FilterPanel.tsx';
import { useT } from '../../app/i18n/index.tsx';
import { SearchBox } from '../../app/SearchBox.tsx';
import { PartyOrgSelect } from '../party-orgs/PartyOrgSelect.tsx';
import { useEnumLabel, useEnumOptions } from '../registry/enums.ts';
import { UnitTreeSelect } from '../units/UnitTreeSelect.tsx';
import type { PeopleFilters } from './api.ts';

type Key = keyof PeopleFilters;
const W = 180;

/** 人员 filters: unit subtree, party status, cadre grade, mid-level, relation, employment, party org, name / number. */
export function PeopleFilterBar({
  filters,
  onChange,
  locked = [],
}: {
  filters: PeopleFilters;
  onChange: (next: PeopleFilters) => void;
  /** Filters fixed by the page (e.g. the unit on a unit's page): not offered. */
  locked?: readonly Key[];
}) {
  const t = useT();
  const label = useEnumLabel();
  const options = useEnumOptions();
  const set = <K extends Key>(key: K, value: PeopleFilters[K] | null | undefined) =>
    onChange({ ...filters, [key]: value ?? undefined });
  const shown = (key: Key) => !locked.includes(key);
  const active = (Object.keys(filters) as Key[]).filter(
    (k) => k !== 'q' && !locked.includes(k) && filters[k] !== undefined,
  ).length;

  return (
    <FilterPanel
      active={active}
      onReset={() => {
        const kept: PeopleFilters = {};
        for (const k of locked) (kept as Record<string, unknown>)[k] = filters[k];
        onChange(kept);
      }}
      search={
        <SearchBox
          value={filters.q}
          onSearch={(q) => set('q', q)}
          placeholder={t('people.searchPlaceholder')}
          testId="people-search"
        />
      }
    >
      {shown('unitId') ? (
        <UnitTreeSelect
          value={filters.unitId ?? null}
          onChange={(id) => set('unitId', id)}
          placeholder={t('filter.unitAll')}
          style={{ width: 220 }}
        />
      ) : null}
      {shown('partyStatus') ? (
        <Select
          allowClear
          value={filters.partyStatus ?? null}
          onChange={(v) => set('partyStatus', v)}
          placeholder={t('person.partyStatus')}
          style={{ width: W }}
          options={[
            { value: 'member', label: t('people.filter.member') },
            ...options('partyStatus', ['full', 'probationary', 'none']),
          ]}
          data-testid="filter-party-status"
        />
      ) : null}
      {shown('partyRelation') ? (
        <Select
          allowClear
          value={filters.partyRelation ?? null}
          onChange={(v) => set('partyRelation', v)}
          placeholder={t('person.partyRelation')}
          style={{ width: W }}
          options={PARTY_RELATIONS.map((r) => ({
            value: r,
            label: t('people.filter.relation', { relation: label('partyRelation', r) }),
          }))}
        />
      ) : null}
      {shown('cadreGrade') ? (
        <Select
          allowClear
          value={filters.cadreGrade ?? null}
          onChange={(v) => set('cadreGrade', v)}
          placeholder={t('person.cadreGrade')}
          style={{ width: W }}
          options={options('cadreGrade', CADRE_GRADES)}
        />
      ) : null}
      {shown('midLevelOrAbove') ? (
        <Select
          allowClear
          value={filters.midLevelOrAbove ?? null}
          onChange={(v) => set('midLevelOrAbove', v)}
          placeholder={t('people.filter.midLevel')}
          style={{ width: W }}
          options={[
            { value: 'true', label: t('people.filter.midLevelYes') },
            { value: 'false', label: t('people.filter.midLevelNo') },
          ]}
        />
      ) : null}
      {shown('employmentStatus') ? (
        <Select
          value={filters.employmentStatus ?? 'active'}
          onChange={(v) => set('employmentStatus', v === 'active' ? undefined : v)}
          style={{ width: W }}
          options={[
            ...options('employmentStatus', EMPLOYMENT_STATUSES),
            { value: 'all' as const, label: t('people.filter.employmentAll') },
          ]}
        />
      ) : null}
      {shown('partyOrgId') ? (
        <PartyOrgSelect
          value={filters.partyOrgId ?? null}
          onChange={(id) => set('partyOrgId', id)}
          unitId={filters.unitId}
          placeholder={t('person.partyOrg')}
          style={{ width: 220 }}
        />
      ) : null}
    </FilterPanel>
  );
}
