import { PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { Scheme } from '../../../contracts/schemes.ts';
import { useT } from '../../app/i18n/index.tsx';
import { LoadFailed } from '../../app/ResultPages.tsx';
import { useMe } from '../../app/session.tsx';
import { useSchemes } from '../pairings/SchemeSelect.tsx';
import { useEnumLabel } from '../registry/enums.ts';
import { SchemeFormModal } from './SchemeFormModal.tsx';

/** 结对制度: the schemes, what each pairs with; admins create and edit them. */
export function SchemesPanel() {
  const t = useT();
  const me = useMe();
  const enumLabel = useEnumLabel();
  const schemes = useSchemes();
  const [editing, setEditing] = useState<Scheme | 'new' | null>(null);
  const canManage = me.permissions.includes('pairings.manage');
  if (schemes.isError && !schemes.data)
    return <LoadFailed error={schemes.error} onRetry={() => void schemes.refetch()} />;
  const kindLabel = (s: Scheme, k: string) =>
    s.targetType === 'unit' ? t(`unitKind.${k}` as 'unitKind.outlet') : enumLabel('partyOrgKind', k as 'branch');
  return (
    <Flex vertical gap={12}>
      {canManage ? (
        <Flex justify="end">
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
            {t('scheme.create')}
          </Button>
        </Flex>
      ) : null}
      <Table<Scheme>
        rowKey="id"
        size="middle"
        loading={schemes.isFetching}
        dataSource={schemes.data ?? []}
        pagination={false}
        scroll={{ x: 'max-content' }}
        columns={[
          {
            title: t('scheme.name'),
            key: 'name',
            render: (_, s) => (
              <div style={{ minWidth: 180, maxWidth: 360, whiteSpace: 'normal' }}>
                <Typography.Text strong>{s.name}</Typography.Text>
                {s.description ? (
                  <Typography.Paragraph type="secondary" style={{ margin: 0, fontSize: 12 }}>
                    {s.description}
                  </Typography.Paragraph>
                ) : null}
              </div>
            ),
          },
          { title: t('scheme.code'), key: 'code', dataIndex: 'code' },
          {
            title: t('scheme.targets'),
            key: 'targets',
            render: (_, s) => (
              <>
                {s.targetKinds.map((k) => (
                  <Tag key={k}>{kindLabel(s, k)}</Tag>
                ))}
                {s.blankOutletsOnly ? <Tag color="orange">{t('scheme.blankOutletsOnly')}</Tag> : null}
              </>
            ),
          },
          {
            title: t('scheme.active'),
            key: 'active',
            render: (_, s) =>
              s.active ? <Tag color="success">{t('unit.active')}</Tag> : <Tag>{t('unit.inactive')}</Tag>,
          },
          ...(canManage
            ? [
                {
                  title: t('common.actions'),
                  key: 'actions',
                  render: (_: unknown, s: Scheme) => (
                    <Typography.Link onClick={() => setEditing(s)}>{t('scheme.edit')}</Typography.Link>
                  ),
                },
              ]
            : []),
        ]}
      />
      {editing ? (
        <SchemeFormModal scheme={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />
      ) : null}
    </Flex>
  );
}
