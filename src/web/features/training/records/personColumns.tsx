import type { TableColumnsType } from 'antd';
import { Link } from 'react-router';
import { withQuery } from '../../../app/api/client.ts';
import { useT } from '../../../app/i18n/index.tsx';

interface GapPerson {
  personId: number;
  name: string;
  employeeNo: string;
  unit: { id: number; name: string };
  partyOrg: { id: number; name: string } | null;
}

/** The person columns every gap list starts with: name (to the person's record of the year), unit, party org. */
export function usePersonColumns(year: number): TableColumnsType<GapPerson> {
  const t = useT();
  return [
    {
      title: t('trn.rec.person'),
      key: 'name',
      render: (_, r) => (
        <Link to={withQuery(`/training/people/${r.personId}`, { year })} style={{ whiteSpace: 'nowrap' }}>
          {r.name}
        </Link>
      ),
    },
    { title: t('trn.rec.employeeNo'), dataIndex: 'employeeNo' },
    { title: t('trn.rec.unit'), key: 'unit', render: (_, r) => r.unit.name },
    { title: t('trn.rec.partyOrg'), key: 'org', render: (_, r) => r.partyOrg?.name ?? '—' },
  ];
}
