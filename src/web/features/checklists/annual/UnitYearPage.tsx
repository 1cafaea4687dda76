import { PageContainer } from '@ant-design/pro-components';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Card, Empty, Flex, List, Space, Tag, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { useParams } from 'react-router';
import { useT } from '../../../app/i18n/index.tsx';
import { PageLoading } from '../../../app/PageLoading.tsx';
import { LoadFailed } from '../../../app/ResultPages.tsx';
import { fetchUnitMonths } from '../register/api.ts';
import { RegisterDrawer } from '../register/RegisterDrawer.tsx';
import { annualKeys, fetchUnitYear } from './api.ts';
import { Legend } from './Legend.tsx';
import { ScoreCard } from './ScoreCard.tsx';
import { byArea, fmt, STATE_COLORS, stateKey } from './states.ts';

const MONTH_COLORS = { submitted: 'green', missing: 'red', future: 'default' } as const;

/** 一个单位的年度全景: items by area with state, monthly reports, inspections, rectifications, appraisal, duty report, accountability, score. */
export default function UnitYearPage() {
  const t = useT();
  const id = Number(useParams().id);
  const queryClient = useQueryClient();
  const [itemId, setItemId] = useState<number | null>(null);
  const year = useQuery({ queryKey: annualKeys.year(id), queryFn: () => fetchUnitYear(id), enabled: id > 0 });
  const months = useQuery({
    queryKey: ['checklist-annual', 'months', id],
    queryFn: () => fetchUnitMonths(id, year.data?.template.year),
    enabled: !!year.data,
    retry: false,
  });
  if (year.isLoading) return <PageLoading />;
  if (year.isError || !year.data)
    return <LoadFailed error={year.error ?? new Error('load')} onRetry={() => void year.refetch()} />;
  const d = year.data;
  const none = <Typography.Text type="secondary">{t('cla.year.none')}</Typography.Text>;
  return (
    <PageContainer title={t('cla.year.title', { unit: d.assignment.unit.name, year: d.template.year })}>
      <Flex vertical gap={12}>
        <ScoreCard score={d.score} disqualified={d.disqualified} />
        <Card size="small" title={t('cla.year.items')} extra={<Legend />}>
          {byArea(d.areas, d.items).map((g) => (
            <div key={g.area.id} style={{ marginBottom: 8 }}>
              <Typography.Text strong>{g.area.title}</Typography.Text>
              <List
                size="small"
                dataSource={g.items}
                renderItem={(i) => (
                  <List.Item
                    data-testid={`year-item-${i.id}`}
                    style={{ cursor: 'pointer', paddingInline: 0 }}
                    onClick={() => setItemId(i.id)}
                  >
                    <Flex gap={8} align="center" wrap style={{ width: '100%' }}>
                      <Tag color={STATE_COLORS[i.state].tag}>{t(stateKey(i.state))}</Tag>
                      <span style={{ flex: 1, minWidth: 160 }}>
                        {i.ordinal}. {i.title}
                      </span>
                      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                        {i.measured !== null
                          ? t('cla.year.measured', {
                              measured: fmt(i.measured) ?? '',
                              target: fmt(i.targetValue) ?? '',
                            })
                          : t('cla.year.entries', { n: i.entries.length })}
                        {' · '}
                        {fmt(Math.round(i.achievement * i.weight * 100) / 100)}/{fmt(i.weight)}
                      </Typography.Text>
                    </Flex>
                  </List.Item>
                )}
              />
            </div>
          ))}
        </Card>
        <Card size="small" title={t('cla.year.months')}>
          {months.data ? (
            <Space size={4} wrap data-testid="year-months">
              {months.data.months.map((m) => (
                <Tooltip key={m.month} title={t(`cla.year.month.${m.state}`)}>
                  <Tag color={MONTH_COLORS[m.state]}>{m.month.slice(5)}</Tag>
                </Tooltip>
              ))}
            </Space>
          ) : (
            none
          )}
        </Card>
        <Card size="small" title={t('cla.year.inspections')}>
          {d.inspections.length === 0
            ? none
            : d.inspections.map((x) => (
                <div key={x.id}>
                  {t('cla.year.inspection', { quarter: x.quarter, date: x.inspectedOn, inspectors: x.inspectors })}
                  <Typography.Text type="secondary">
                    {' '}
                    {t('cla.year.findings', { done: x.done, partly: x.partly, notDone: x.notDone })}
                  </Typography.Text>
                </div>
              ))}
        </Card>
        <Card size="small" title={t('cla.year.rectifications')}>
          {d.openRectifications.length === 0
            ? none
            : d.openRectifications.map((r) => {
                const item = d.items.find((i) => i.id === r.itemId);
                return (
                  <div key={r.findingId}>
                    {item ? `${item.ordinal}. ${item.title}` : ''} {r.note ?? ''}{' '}
                    <Typography.Text type="secondary">
                      {r.owner?.name ?? ''} {r.due ? t('cla.year.due', { date: r.due }) : ''}
                    </Typography.Text>
                  </div>
                );
              })}
        </Card>
        <Card size="small" title={t('cla.score.appraisal')}>
          {d.appraisal ? (
            <span>
              {t('cla.appraisal.excellent')} {d.appraisal.excellent} · {t('cla.appraisal.good')} {d.appraisal.good} ·{' '}
              {t('cla.appraisal.fair')} {d.appraisal.fair} · {t('cla.appraisal.poor')} {d.appraisal.poor} →{' '}
              <strong>{fmt(d.appraisal.score)}</strong>
            </span>
          ) : (
            none
          )}
        </Card>
        <Card size="small" title={t('cla.duty.kind.section')}>
          {d.dutyReport ? (
            <div>
              <Typography.Text strong>{d.dutyReport.title}</Typography.Text>{' '}
              <Typography.Text type="secondary">
                {d.dutyReport.averageScore !== null
                  ? `${t('cla.duty.average')} ${fmt(d.dutyReport.averageScore)} · ${t('cla.duty.reviews', { n: d.dutyReport.reviewCount })}`
                  : t('cla.duty.noReview')}
              </Typography.Text>
              {d.dutyReport.reviews.map((r) => (
                <div key={r.reviewer.id} style={{ fontSize: 12 }}>
                  {r.reviewer.name}：{r.score} · {r.comment}
                </div>
              ))}
            </div>
          ) : (
            none
          )}
        </Card>
        <Card size="small" title={t('cla.tab.accountability')}>
          {d.accountabilities.length === 0 ? (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('cla.acc.empty')} />
          ) : (
            d.accountabilities.map((a) => (
              <div key={a.id}>
                <Tag color={a.kind === 'disqualification' ? 'red' : 'orange'}>{t(`cla.acc.kind.${a.kind}`)}</Tag>
                {a.occurredOn} {a.person?.name ?? ''} {a.reason}
              </div>
            ))
          )}
        </Card>
      </Flex>
      <RegisterDrawer
        assignmentId={itemId === null ? null : id}
        itemId={itemId}
        onClose={() => setItemId(null)}
        onChanged={() => void queryClient.invalidateQueries({ queryKey: annualKeys.all })}
      />
    </PageContainer>
  );
}
