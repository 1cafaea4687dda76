import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Descriptions, Form, InputNumber, Modal } from 'antd';
import type { Requirements, RequirementsBody } from '../../../../contracts/training.ts';
import { FormModal } from '../../../app/FormModal.tsx';
import { useT } from '../../../app/i18n/index.tsx';
import { PageLoading } from '../../../app/PageLoading.tsx';
import { LoadFailed } from '../../../app/ResultPages.tsx';
import { fetchRequirements, putRequirements, recordKeys } from './api.ts';
import { formatHours } from './figures.ts';

type Values = Omit<RequirementsBody, 'version'>;

/** Where the year's figures come from: its own row, an earlier year's, or the defaults. */
function Origin({ req }: { req: Requirements }) {
  const t = useT();
  const text =
    req.fromYear === req.year
      ? t('trn.rec.req.fromThisYear')
      : req.fromYear === null
        ? t('trn.rec.req.fromDefaults', { year: req.year })
        : t('trn.rec.req.fromYear', { from: req.fromYear, year: req.year });
  return (
    <Alert
      type={req.fromYear === req.year ? 'success' : 'info'}
      showIcon
      message={text}
      style={{ marginBottom: 12 }}
      data-testid="req-origin"
    />
  );
}

/** 学时要求: everyone reads the year's figures; training managers edit them (saved as the year's own row). */
export function RequirementsModal({
  year,
  canManage,
  onClose,
}: {
  year: number;
  canManage: boolean;
  onClose: () => void;
}) {
  const t = useT();
  const qc = useQueryClient();
  const { message } = App.useApp();
  const query = useQuery({ queryKey: recordKeys.requirements(year), queryFn: () => fetchRequirements(year) });
  const req = query.data;
  if (!req || !canManage) {
    return (
      <Modal
        open
        title={t('trn.rec.req.title', { year })}
        onCancel={onClose}
        onOk={onClose}
        okText={t('trn.rec.req.close')}
        cancelButtonProps={{ style: { display: 'none' } }}
      >
        {query.isError ? (
          <LoadFailed error={query.error} onRetry={() => void query.refetch()} />
        ) : !req ? (
          <PageLoading />
        ) : (
          <>
            <Origin req={req} />
            <Descriptions
              column={1}
              size="small"
              bordered
              items={[
                { key: 'm', label: t('trn.rec.req.memberHours'), children: formatHours(req.memberHours) },
                { key: 'l', label: t('trn.rec.req.leaderHours'), children: formatHours(req.leaderHours) },
                { key: 'c', label: t('trn.rec.req.centralizedPerYear'), children: req.centralizedPerYear },
                { key: 'n', label: t('trn.rec.req.newSecretaryMonths'), children: req.newSecretaryMonths },
              ]}
            />
          </>
        )}
      </Modal>
    );
  }
  const required = [{ required: true, message: t('trn.rec.req.required') }];
  return (
    <FormModal<Values, Requirements>
      title={t('trn.rec.req.title', { year })}
      okText={t('trn.rec.req.save')}
      initialValues={{
        memberHours: req.memberHours,
        leaderHours: req.leaderHours,
        centralizedPerYear: req.centralizedPerYear,
        newSecretaryMonths: req.newSecretaryMonths,
      }}
      // A year never saved comes with version 0 (the inherited figures); saving creates its own row.
      submit={(v) => putRequirements(year, { ...v, version: req.version })}
      onDone={() => {
        void message.success(t('trn.rec.req.saved'));
        void qc.invalidateQueries({ queryKey: recordKeys.all });
        onClose();
      }}
      onClose={onClose}
      errors={{ onStale: () => void qc.invalidateQueries({ queryKey: recordKeys.requirements(year) }) }}
    >
      <Origin req={req} />
      <Form.Item name="memberHours" label={t('trn.rec.req.memberHours')} rules={required}>
        <InputNumber min={0} max={999.9} step={1} precision={1} style={{ width: 140 }} data-testid="req-member" />
      </Form.Item>
      <Form.Item name="leaderHours" label={t('trn.rec.req.leaderHours')} rules={required}>
        <InputNumber min={0} max={999.9} step={1} precision={1} style={{ width: 140 }} data-testid="req-leader" />
      </Form.Item>
      <Form.Item name="centralizedPerYear" label={t('trn.rec.req.centralizedPerYear')} rules={required}>
        <InputNumber min={0} max={12} precision={0} style={{ width: 140 }} />
      </Form.Item>
      <Form.Item name="newSecretaryMonths" label={t('trn.rec.req.newSecretaryMonths')} rules={required}>
        <InputNumber min={1} max={24} precision={0} style={{ width: 140 }} />
      </Form.Item>
    </FormModal>
  );
}
