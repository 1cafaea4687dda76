import { Table, Tag, Typography } from 'antd';
import type { CommitteeSeat } from '../../../contracts/party-orgs.ts';
import { formatDate } from '../../app/format.ts';
import { useT } from '../../app/i18n/index.tsx';
import { useEnumLabel } from '../registry/enums.ts';

/** The sitting committee (or its history): role, person, dates; the person opens their record. */
export function CommitteeTable({
  seats,
  onPerson,
  onEnd,
  testId,
}: {
  seats: CommitteeSeat[];
  onPerson: (personId: number) => void;
  /** Offered for sitting seats to those who manage the registry. */
  onEnd?: (seat: CommitteeSeat) => void;
  testId?: string;
}) {
  const t = useT();
  const label = useEnumLabel();
  return (
    <div data-testid={testId}>
      <Table<CommitteeSeat>
        rowKey="id"
        size="small"
        pagination={seats.length > 20 ? { pageSize: 20 } : false}
        scroll={{ x: 'max-content' }}
        dataSource={seats}
        locale={{ emptyText: t('committee.empty') }}
        columns={[
          {
            title: t('committee.role'),
            key: 'role',
            render: (_, s) => (
              <Tag color={s.role === 'member' ? undefined : 'red'} bordered={false}>
                {label('committeeRole', s.role)}
              </Tag>
            ),
          },
          {
            title: t('person.name'),
            key: 'name',
            render: (_, s) => <Typography.Link onClick={() => onPerson(s.person.id)}>{s.person.name}</Typography.Link>,
          },
          { title: t('person.employeeNo'), key: 'no', render: (_, s) => s.person.employeeNo },
          { title: t('committee.startedOn'), key: 'start', render: (_, s) => formatDate(s.startedOn) },
          {
            title: t('committee.endedOn'),
            key: 'end',
            render: (_, s) => (s.endedOn ? formatDate(s.endedOn) : <Tag color="green">{t('committee.sitting')}</Tag>),
          },
          ...(onEnd
            ? [
                {
                  title: t('common.actions'),
                  key: 'actions',
                  render: (_: unknown, s: CommitteeSeat) =>
                    s.endedOn ? null : (
                      <Typography.Link type="danger" onClick={() => onEnd(s)}>
                        {t('committee.end')}
                      </Typography.Link>
                    ),
                },
              ]
            : []),
        ]}
      />
    </div>
  );
}
