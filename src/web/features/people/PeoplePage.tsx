import { PageContainer } from '@ant-design/pro-components';
import { personFilters } from '../../../contracts/people.ts';
import { useT } from '../../app/i18n/index.tsx';
import { useUrlFilters } from '../../app/useUrlFilters.ts';
import { PeopleTable } from './PeopleTable.tsx';

const KEYS = [
  'unitId',
  'partyStatus',
  'cadreGrade',
  'midLevelOrAbove',
  'partyRelation',
  'employmentStatus',
  'partyOrgId',
  'q',
] as const;

/** 人员: the people of the caller's scope; the filters live in the address, so every figure can link here. */
export default function PeoplePage() {
  const t = useT();
  const [filters, setFilters] = useUrlFilters(personFilters, KEYS);
  return (
    <PageContainer title={t('menu.people')}>
      <PeopleTable filters={filters} onFiltersChange={setFilters} persistenceKey="liandian.columns.people" />
    </PageContainer>
  );
}
