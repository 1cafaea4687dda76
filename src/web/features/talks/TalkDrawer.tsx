import { EyeOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Descriptions, Drawer, Typography } from 'antd';
import { useState } from 'react';
import { formatDateTime } from '../../app/format.ts';
import { useT } from '../../app/i18n/index.tsx';
import { PageLoading } from '../../app/PageLoading.tsx';
import { LoadFailed } from '../../app/ResultPages.tsx';
import { useCompact } from '../../app/useCompact.ts';
import { fetchTalk, talkKeys } from './api.ts';
import { TalkFormModal } from './TalkFormModal.tsx';

const pre = { whiteSpace: 'pre-wrap' as const, wordBreak: 'break-word' as const };

/** One talk read in full (the server records each reading), with 编辑 for its recorder. */
export function TalkDrawer({ id, onClose }: { id: number; onClose(): void }) {
  const t = useT();
  const compact = useCompact();
  const [editing, setEditing] = useState(false);
  const query = useQuery({ queryKey: talkKeys.detail(id), queryFn: () => fetchTalk(id), staleTime: 0, gcTime: 0 });
  const talk = query.data;
  return (
    <Drawer
      open
      onClose={onClose}
      width={compact ? '100%' : 560}
      title={t('talk.detail.title')}
      extra={
        talk?.can.edit ? (
          <Button type="primary" onClick={() => setEditing(true)} data-testid="talk-edit">
            {t('talk.detail.edit')}
          </Button>
        ) : null
      }
    >
      {query.isError && !talk ? (
        <LoadFailed error={query.error} onRetry={() => void query.refetch()} />
      ) : !talk ? (
        <PageLoading />
      ) : (
        <>
          <Alert
            type="info"
            showIcon
            icon={<EyeOutlined />}
            message={t('talk.detail.audited')}
            style={{ marginBottom: 16 }}
            data-testid="talk-audited"
          />
          <Descriptions column={1} size="small" bordered>
            <Descriptions.Item label={t('talk.list.occurredOn')}>{talk.occurredOn}</Descriptions.Item>
            <Descriptions.Item label={t('talk.list.kind')}>{t(`talk.kind.${talk.kind}`)}</Descriptions.Item>
            <Descriptions.Item label={t('talk.list.initiator')}>{talk.initiator.name}</Descriptions.Item>
            <Descriptions.Item label={t('talk.list.counterpart')}>{talk.counterpart.name}</Descriptions.Item>
            <Descriptions.Item label={t('talk.list.unit')}>{talk.unit.name}</Descriptions.Item>
            <Descriptions.Item label={t('talk.list.partyOrg')}>{talk.partyOrg?.name ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={t('talk.detail.place')}>{talk.place ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={t('talk.detail.summary')}>
              <Typography.Paragraph style={{ ...pre, margin: 0 }} data-testid="talk-summary">
                {talk.summary}
              </Typography.Paragraph>
            </Descriptions.Item>
            <Descriptions.Item label={t('talk.detail.followUp')}>
              <Typography.Paragraph style={{ ...pre, margin: 0 }}>{talk.followUp ?? '—'}</Typography.Paragraph>
            </Descriptions.Item>
            <Descriptions.Item label={t('talk.detail.recordedBy')}>{talk.recordedBy.name}</Descriptions.Item>
            <Descriptions.Item label={t('talk.detail.createdAt')}>{formatDateTime(talk.createdAt)}</Descriptions.Item>
          </Descriptions>
          {editing ? <TalkFormModal talk={talk} onClose={() => setEditing(false)} /> : null}
        </>
      )}
    </Drawer>
  );
}
