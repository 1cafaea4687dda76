import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Flex, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { ConcernCategory } from '../../../contracts/concern-config.ts';
import { useT } from '../../app/i18n/index.tsx';
import { LoadFailed } from '../../app/ResultPages.tsx';
import { fetchCategories, followUpKeys } from './api.ts';
import { CategoryModal } from './CategoryModal.tsx';

/** 问题类别: the categories a concern is filed under, each with its SLA. */
export function CategoriesTab() {
  const t = useT();
  const qc = useQueryClient();
  const { message } = App.useApp();
  const categories = useQuery({ queryKey: followUpKeys.categories, queryFn: fetchCategories });
  const [editing, setEditing] = useState<ConcernCategory | 'new' | null>(null);
  const reload = () => qc.invalidateQueries({ queryKey: followUpKeys.categories });
  if (categories.isError && !categories.data) {
    return <LoadFailed error={categories.error} onRetry={() => void categories.refetch()} />;
  }
  const rows = categories.data ?? [];
  return (
    <>
      <Flex justify="space-between" align="center" wrap gap={8} style={{ marginBottom: 12 }}>
        <Typography.Text type="secondary">{t('concernSettings.cat.hint')}</Typography.Text>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
          {t('concernSettings.cat.new')}
        </Button>
      </Flex>
      <Table<ConcernCategory>
        rowKey="code"
        size="middle"
        loading={categories.isFetching}
        dataSource={rows}
        pagination={false}
        scroll={{ x: 'max-content' }}
        data-testid="categories-table"
        columns={[
          { title: t('concernSettings.cat.order'), key: 'sortOrder', dataIndex: 'sortOrder', align: 'right' },
          {
            title: t('concernSettings.cat.name'),
            key: 'name',
            render: (_, c) => (
              <div>
                <div>
                  <Typography.Link onClick={() => setEditing(c)}>{c.nameZh}</Typography.Link>
                </div>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {c.nameEn}
                </Typography.Text>
              </div>
            ),
          },
          { title: t('concernSettings.cat.code'), key: 'code', dataIndex: 'code' },
          {
            title: t('concernSettings.cat.sla'),
            key: 'sla',
            render: (_, c) => t(`concernSettings.cat.slaText.${c.slaDayKind}`, { n: c.slaDays }),
          },
          {
            title: t('concernSettings.cat.active'),
            key: 'active',
            render: (_, c) =>
              c.active ? (
                <Tag color="green">{t('concernSettings.cat.on')}</Tag>
              ) : (
                <Tag>{t('concernSettings.cat.off')}</Tag>
              ),
          },
          {
            title: t('common.actions'),
            key: 'actions',
            render: (_, c) => (
              <Button
                type="link"
                size="small"
                icon={<EditOutlined />}
                onClick={() => setEditing(c)}
                data-testid={`edit-${c.code}`}
              >
                {t('concernSettings.edit')}
              </Button>
            ),
          },
        ]}
      />
      {editing ? (
        <CategoryModal
          category={editing === 'new' ? null : editing}
          nextOrder={rows.reduce((m, c) => Math.max(m, c.sortOrder), 0) + 10}
          onDone={() => {
            setEditing(null);
            void message.success(t('common.saved'));
            void reload();
          }}
          onStale={() => {
            setEditing(null);
            void reload();
          }}
          onClose={() => setEditing(null)}
        />
      ) : null}
    </>
  );
}
