import { PlusOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Empty, Flex, List, Select, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { Link } from 'react-router';
import { z } from 'zod';
import type { Admonition, Exemplar } from '../../../contracts/concern-followup.ts';
import { formatDateTime } from '../../app/format.ts';
import { useT } from '../../app/i18n/index.tsx';
import { PageLoading } from '../../app/PageLoading.tsx';
import { LoadFailed } from '../../app/ResultPages.tsx';
import { useMe } from '../../app/session.tsx';
import { useUrlFilters } from '../../app/useUrlFilters.ts';
import { UnitTreeSelect } from '../units/UnitTreeSelect.tsx';
import { AdmonitionModal } from './AdmonitionModal.tsx';
import { fetchFollowUp, followUpKeys } from './api.ts';
import { ExemplarModal } from './ExemplarModal.tsx';
import { useScopeRoot } from './useScopeRoot.ts';

const shape = {
  unitId: z.coerce.number().int().positive().optional(),
  year: z.coerce.number().int().min(2000).max(2100).optional(),
};
const KEYS = ['unitId', 'year'] as const;
const KIND_COLORS = { reminder: 'gold', admonition: 'orange', formal_admonition: 'red' } as const;

function ExemplarItem({ e }: { e: Exemplar }) {
  const t = useT();
  return (
    <List.Item style={{ display: 'block', paddingInline: 0 }} data-testid="exemplar">
      <Typography.Text strong>{e.title}</Typography.Text>
      <div>
        {e.concern ? (
          <Link to={`/concerns/${e.concern.id}`}>
            #{e.concern.id} {e.concern.name}
          </Link>
        ) : e.person ? (
          <span>
            <Tag>{t('followUp.exemplar.subject.counselor')}</Tag>
            {e.person.name}
          </span>
        ) : null}
      </div>
      <Typography.Paragraph
        ellipsis={{ rows: 3, expandable: 'collapsible' }}
        style={{ margin: '4px 0', whiteSpace: 'pre-wrap' }}
      >
        {e.writeUp}
      </Typography.Paragraph>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('followUp.exemplar.by', { unit: e.unit.name, who: e.markedBy, at: formatDateTime(e.markedAt) })}
      </Typography.Text>
    </List.Item>
  );
}

function AdmonitionItem({ a }: { a: Admonition }) {
  const t = useT();
  return (
    <List.Item style={{ display: 'block', paddingInline: 0 }} data-testid="admonition">
      <Flex wrap gap={6} align="center">
        <Tag color={KIND_COLORS[a.kind]}>{t(`followUp.admonition.kind.${a.kind}`)}</Tag>
        <Typography.Text strong>{a.department?.name ?? a.person?.name ?? '—'}</Typography.Text>
        <Typography.Text type="secondary">{a.occurredOn}</Typography.Text>
      </Flex>
      <div style={{ margin: '4px 0', whiteSpace: 'pre-wrap' }}>{a.reason}</div>
      {a.concern ? (
        <div>
          <Typography.Text type="secondary">
            {t('followUp.admonition.concernLabel')}
            {t('followUp.colon')}
          </Typography.Text>
          <Link to={`/concerns/${a.concern.id}`}>
            #{a.concern.id} {a.concern.name}
          </Link>
        </div>
      ) : null}
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('followUp.admonition.by', { unit: a.unit.name, who: a.recordedBy, at: formatDateTime(a.createdAt) })}
      </Typography.Text>
    </List.Item>
  );
}

/**
 * 典型与约谈: the exemplars marked and the admonitions recorded in a subtree for
 * a year, and for managers the forms to add either.
 */
export function ExemplarsAdmonitionsTab() {
  const t = useT();
  const me = useMe();
  const qc = useQueryClient();
  const { message } = App.useApp();
  const root = useScopeRoot();
  const manage = me.permissions.includes('concerns.manage');
  const [filters, setFilters] = useUrlFilters(shape, KEYS);
  const unitId = filters.unitId ?? root;
  const thisYear = dayjs().year();
  const year = filters.year ?? thisYear;
  const [modal, setModal] = useState<'exemplar' | 'admonition' | null>(null);
  const data = useQuery({
    queryKey: followUpKeys.followUp(unitId, year),
    queryFn: () => fetchFollowUp(unitId, year),
    placeholderData: keepPreviousData,
  });
  const saved = () => {
    setModal(null);
    void message.success(t('common.saved'));
    void qc.invalidateQueries({ queryKey: followUpKeys.followUpAll });
  };
  return (
    <Flex vertical gap={12}>
      <Flex wrap gap={8} align="center">
        <UnitTreeSelect
          value={unitId ?? null}
          onChange={(id) => setFilters({ ...filters, unitId: id ?? undefined })}
          placeholder={t('filter.unitAll')}
          style={{ width: 240, maxWidth: '100%' }}
        />
        <Select<number>
          value={year}
          onChange={(y) => setFilters({ ...filters, year: y === thisYear ? undefined : y })}
          options={Array.from({ length: 5 }, (_, i) => thisYear - i).map((y) => ({
            value: y,
            label: t('period.year', { year: y }),
          }))}
          style={{ width: 110 }}
        />
        {manage ? (
          <>
            <Button icon={<PlusOutlined />} onClick={() => setModal('exemplar')} data-testid="exemplar-new">
              {t('followUp.exemplar.new')}
            </Button>
            <Button icon={<PlusOutlined />} onClick={() => setModal('admonition')} data-testid="admonition-new">
              {t('followUp.admonition.new')}
            </Button>
          </>
        ) : null}
      </Flex>
      {data.isError && !data.data ? (
        <LoadFailed error={data.error} onRetry={() => void data.refetch()} />
      ) : !data.data ? (
        <PageLoading />
      ) : (
        <>
          <Card size="small" title={t('followUp.exemplar.heading', { n: data.data.exemplars.length })}>
            {data.data.exemplars.length === 0 ? (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('followUp.exemplar.empty')} />
            ) : (
              <List dataSource={data.data.exemplars} renderItem={(e) => <ExemplarItem key={e.id} e={e} />} />
            )}
          </Card>
          <Card size="small" title={t('followUp.admonition.heading', { n: data.data.admonitions.length })}>
            {data.data.admonitions.length === 0 ? (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('followUp.admonition.empty')} />
            ) : (
              <List dataSource={data.data.admonitions} renderItem={(a) => <AdmonitionItem key={a.id} a={a} />} />
            )}
          </Card>
        </>
      )}
      {modal === 'exemplar' ? <ExemplarModal onDone={saved} onClose={() => setModal(null)} /> : null}
      {modal === 'admonition' ? (
        <AdmonitionModal unitId={unitId} onDone={saved} onClose={() => setModal(null)} />
      ) : null}
    </Flex>
  );
}
