import { PlusOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Button, Card, Descriptions, Empty, Flex, List, Pagination, Typography } from 'antd';
import { Link, useSearchParams } from 'react-router';
import type { CommitteeMeeting } from '../../../contracts/concern-followup.ts';
import { useT } from '../../app/i18n/index.tsx';
import { usePaging } from '../../app/paging.tsx';
import { LoadFailed } from '../../app/ResultPages.tsx';
import { useMe } from '../../app/session.tsx';
import { followUpKeys, listMeetings } from './api.ts';
import { CommitteeFormModal } from './CommitteeFormModal.tsx';
import { StateTag } from './StateTag.tsx';
import { useScopeRoot } from './useScopeRoot.ts';

function MeetingCard({ meeting }: { meeting: CommitteeMeeting }) {
  const t = useT();
  return (
    <Card
      size="small"
      data-testid="committee-meeting"
      title={
        <span style={{ whiteSpace: 'normal' }}>
          <Typography.Text type="secondary">{meeting.heldOn}</Typography.Text> {meeting.title}
        </span>
      }
    >
      <Descriptions
        size="small"
        column={{ xs: 1, sm: 2 }}
        items={[
          { key: 'unit', label: t('followUp.committee.unitShort'), children: meeting.unit.name },
          { key: 'att', label: t('followUp.committee.attendees'), children: meeting.attendees ?? '—' },
        ]}
      />
      <List
        size="small"
        dataSource={meeting.items}
        renderItem={(item) => (
          <List.Item key={item.concernId} style={{ display: 'block', paddingInline: 0 }}>
            <Flex wrap gap={6} align="center">
              <Link to={`/concerns/${item.concernId}`}>
                #{item.concernId} {item.concernTitle}
              </Link>
              <StateTag state={item.concernState} />
            </Flex>
            <div style={{ marginTop: 4 }}>
              <Typography.Text type="secondary">
                {t('followUp.committee.decision')}
                {t('followUp.colon')}
              </Typography.Text>
              <span style={{ whiteSpace: 'pre-wrap' }}>{item.decision}</span>
            </div>
            <div>
              <Typography.Text type="secondary">
                {t('followUp.committee.owner')}
                {t('followUp.colon')}
              </Typography.Text>
              {item.owner.name}
              {item.ownerNote ? <Typography.Text type="secondary"> · {item.ownerNote}</Typography.Text> : null}
            </div>
          </List.Item>
        )}
      />
    </Card>
  );
}

/**
 * 党委研究: the committee meetings that studied tier-3 concerns, each decision
 * with its owner and the concern's state now; for managers, the form to record
 * a meeting (opened prefilled by ?concernId= from a concern on the agenda).
 */
export function CommitteeTab() {
  const t = useT();
  const me = useMe();
  const root = useScopeRoot();
  const manage = me.permissions.includes('concerns.manage');
  const [params, setParams] = useSearchParams();
  const concernId = Number(params.get('concernId')) || undefined;
  const formOpen = manage && (params.get('new') === '1' || concernId !== undefined);
  const setForm = (open: boolean) =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        next.delete('concernId');
        if (open) next.set('new', '1');
        else next.delete('new');
        return next;
      },
      { replace: true },
    );
  const { page, pageSize, setPage } = usePaging({ pageSize: 10 });
  const meetings = useQuery({
    queryKey: followUpKeys.meetings(undefined, page, pageSize),
    queryFn: () => listMeetings(undefined, page, pageSize),
    placeholderData: keepPreviousData,
  });
  return (
    <Flex vertical gap={12}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Text type="secondary">{t('followUp.committee.hint')}</Typography.Text>
        {manage ? (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setForm(true)} data-testid="committee-new">
            {t('followUp.committee.new')}
          </Button>
        ) : null}
      </Flex>
      {meetings.isError && !meetings.data ? (
        <LoadFailed error={meetings.error} onRetry={() => void meetings.refetch()} />
      ) : meetings.data && meetings.data.items.length === 0 ? (
        <Empty description={t('followUp.committee.empty')} />
      ) : (
        <Flex vertical gap={12} style={{ opacity: meetings.isFetching ? 0.6 : 1 }}>
          {(meetings.data?.items ?? []).map((m) => (
            <MeetingCard key={m.id} meeting={m} />
          ))}
          {meetings.data && meetings.data.total > pageSize ? (
            <Pagination
              simple
              align="center"
              current={page}
              pageSize={pageSize}
              total={meetings.data.total}
              onChange={setPage}
            />
          ) : null}
        </Flex>
      )}
      {formOpen ? (
        <CommitteeFormModal
          key={concernId ?? 'new'}
          unitId={root}
          concernId={concernId}
          onDone={() => setForm(false)}
          onClose={() => setForm(false)}
        />
      ) : null}
    </Flex>
  );
}
