import { PlusOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Empty, Flex, Form, Input, InputNumber, List, Segmented, Select, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { DutyReport, DutyReportKind } from '../../../../contracts/checklist-annual.ts';
import { FormModal } from '../../../app/FormModal.tsx';
import { useT } from '../../../app/i18n/index.tsx';
import { PageLoading } from '../../../app/PageLoading.tsx';
import { LoadFailed } from '../../../app/ResultPages.tsx';
import { useMe } from '../../../app/session.tsx';
import { PartyOrgSelect } from '../../party-orgs/PartyOrgSelect.tsx';
import {
  annualKeys,
  createDutyReport,
  fetchDutyReports,
  fetchRanking,
  reviewDutyReport,
  updateDutyReport,
} from './api.ts';
import { fmt } from './states.ts';

type ReportForm = { assignmentId?: number; partyOrgId?: number; year?: number; title: string; content: string };

function ReportModal(props: {
  kind: DutyReportKind;
  templateId: number;
  year: number;
  editing: DutyReport | null;
  onClose: () => void;
}) {
  const t = useT();
  const queryClient = useQueryClient();
  const { kind, editing } = props;
  const units = useQuery({
    queryKey: annualKeys.ranking(props.templateId),
    queryFn: () => fetchRanking(props.templateId),
    enabled: kind === 'section' && !editing,
  });
  const done = () => {
    void queryClient.invalidateQueries({ queryKey: annualKeys.all });
    props.onClose();
  };
  return (
    <FormModal<ReportForm, unknown>
      title={editing ? t('cla.duty.edit') : t('cla.duty.new')}
      okText={t('cla.save')}
      width={640}
      initialValues={editing ? { title: editing.title, content: editing.content } : { year: props.year }}
      submit={(v) =>
        editing
          ? updateDutyReport(editing.id, { title: v.title, content: v.content, version: editing.version })
          : kind === 'section'
            ? createDutyReport({ kind, assignmentId: v.assignmentId!, title: v.title, content: v.content })
            : createDutyReport({ kind, year: v.year!, partyOrgId: v.partyOrgId!, title: v.title, content: v.content })
      }
      onDone={done}
      onClose={props.onClose}
      errors={{ onStale: done }}
    >
      {!editing && kind === 'section' && (
        <Form.Item name="assignmentId" label={t('cla.duty.assignment')} rules={[{ required: true }]}>
          <Select
            loading={units.isLoading}
            options={(units.data?.rows ?? []).map((r) => ({ value: r.assignment.id, label: r.assignment.unit.name }))}
          />
        </Form.Item>
      )}
      {!editing && kind === 'secretary' && (
        <Flex gap={8} wrap>
          <Form.Item
            name="partyOrgId"
            label={t('cla.duty.partyOrgId')}
            rules={[{ required: true }]}
            style={{ flex: 1 }}
          >
            <PartyOrgSelect />
          </Form.Item>
          <Form.Item name="year" label={t('cla.duty.year')} rules={[{ required: true }]}>
            <InputNumber min={2000} max={2100} precision={0} />
          </Form.Item>
        </Flex>
      )}
      <Form.Item name="title" label={t('cla.duty.title')} rules={[{ required: true, whitespace: true }]}>
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item name="content" label={t('cla.duty.content')} rules={[{ required: true, whitespace: true }]}>
        <Input.TextArea rows={8} maxLength={20_000} />
      </Form.Item>
    </FormModal>
  );
}

function ReviewModal({ report, onClose }: { report: DutyReport; onClose: () => void }) {
  const t = useT();
  const me = useMe();
  const queryClient = useQueryClient();
  const mine = report.reviews.find((r) => r.reviewer.id === me.account.id);
  return (
    <FormModal<{ score: number; comment: string }, unknown>
      title={`${t('cla.duty.review')} · ${report.title}`}
      okText={t('cla.save')}
      initialValues={mine ? { score: mine.score, comment: mine.comment } : {}}
      submit={(v) => reviewDutyReport(report.id, v)}
      onDone={() => {
        void queryClient.invalidateQueries({ queryKey: annualKeys.all });
        onClose();
      }}
      onClose={onClose}
    >
      <Typography.Paragraph ellipsis={{ rows: 6, expandable: 'collapsible' }} style={{ whiteSpace: 'pre-wrap' }}>
        {report.content}
      </Typography.Paragraph>
      <Form.Item name="score" label={t('cla.duty.score')} rules={[{ required: true }]}>
        <InputNumber min={0} max={100} precision={0} data-testid="review-score" />
      </Form.Item>
      <Form.Item name="comment" label={t('cla.duty.comment')} rules={[{ required: true, whitespace: true }]}>
        <Input.TextArea rows={3} maxLength={2_000} />
      </Form.Item>
    </FormModal>
  );
}

/** 述职评议: section and secretary duty reports with their average scores; file, edit, review. */
export function DutyReportsTab({ templateId, year }: { templateId: number; year: number }) {
  const t = useT();
  const me = useMe();
  const [kind, setKind] = useState<DutyReportKind>('section');
  const [modal, setModal] = useState<{ type: 'file' | 'edit' | 'review'; report: DutyReport | null } | null>(null);
  const canRegister = me.permissions.includes('checklists.register');
  const canReview = me.permissions.includes('checklists.review');
  const q = kind === 'section' ? { kind, templateId } : { kind, year };
  const list = useQuery({ queryKey: annualKeys.duty(q), queryFn: () => fetchDutyReports(q) });
  return (
    <>
      <Flex justify="space-between" gap={8} wrap style={{ marginBottom: 8 }}>
        <Segmented<DutyReportKind>
          value={kind}
          onChange={setKind}
          options={[
            { value: 'section', label: t('cla.duty.kind.section') },
            { value: 'secretary', label: t('cla.duty.kind.secretary') },
          ]}
        />
        {canRegister && (
          <Button icon={<PlusOutlined />} onClick={() => setModal({ type: 'file', report: null })}>
            {t('cla.duty.new')}
          </Button>
        )}
      </Flex>
      {list.isLoading ? (
        <PageLoading />
      ) : list.isError || !list.data ? (
        <LoadFailed error={list.error ?? new Error('load')} onRetry={() => void list.refetch()} />
      ) : list.data.length === 0 ? (
        <Empty description={t('cla.duty.empty')} />
      ) : (
        <List
          data-testid="duty-reports"
          dataSource={list.data}
          renderItem={(d) => (
            <List.Item style={{ display: 'block', paddingInline: 0 }} data-testid={`duty-report-${d.id}`} extra={null}>
              <Flex justify="space-between" gap={8} wrap>
                <span>
                  {d.rank !== null && <Tag color="blue">#{d.rank}</Tag>}
                  <Typography.Text strong>{d.title}</Typography.Text>{' '}
                  <Typography.Text type="secondary">
                    {d.unit.name}
                    {d.partyOrg ? ` · ${d.partyOrg.name}` : ''}
                    {d.reporter ? ` · ${t('cla.duty.reporter')} ${d.reporter.name}` : ''}
                  </Typography.Text>
                </span>
                <Flex gap={4} align="center">
                  {d.averageScore !== null ? (
                    <Tag color="green">
                      {t('cla.duty.average')} {fmt(d.averageScore)} · {t('cla.duty.reviews', { n: d.reviewCount })}
                    </Tag>
                  ) : (
                    <Tag>{t('cla.duty.noReview')}</Tag>
                  )}
                  {canRegister && d.reviewCount === 0 && d.submittedBy.id === me.account.id && (
                    <Button size="small" onClick={() => setModal({ type: 'edit', report: d })}>
                      {t('cla.duty.edit')}
                    </Button>
                  )}
                  {canReview && (
                    <Button size="small" type="primary" onClick={() => setModal({ type: 'review', report: d })}>
                      {t('cla.duty.review')}
                    </Button>
                  )}
                </Flex>
              </Flex>
              {d.reviews.map((r) => (
                <div key={r.reviewer.id} style={{ fontSize: 12 }}>
                  {r.reviewer.name}：{r.score} · {r.comment}
                </div>
              ))}
            </List.Item>
          )}
        />
      )}
      {modal?.type === 'review' && modal.report && <ReviewModal report={modal.report} onClose={() => setModal(null)} />}
      {(modal?.type === 'file' || modal?.type === 'edit') && (
        <ReportModal
          kind={modal.report?.kind ?? kind}
          templateId={templateId}
          year={year}
          editing={modal.report}
          onClose={() => setModal(null)}
        />
      )}
    </>
  );
}
