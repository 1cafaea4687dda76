import { useQuery } from '@tanstack/react-query';
import { Form, Input, InputNumber, Modal, Select, Timeline, Typography } from 'antd';
import {
  type CreateUnitBody,
  UNIT_CODE_PATTERN,
  UNIT_KINDS,
  type UnitDetail,
  type UnitKind,
} from '../../../contracts/units.ts';
import { FormModal } from '../../app/FormModal.tsx';
import { formatDateTime } from '../../app/format.ts';
import { useT } from '../../app/i18n/index.tsx';
import { PageLoading } from '../../app/PageLoading.tsx';
import { LoadFailed } from '../../app/ResultPages.tsx';
import { useKindName } from '../registry/vocabulary.ts';
import { createUnit, fetchUnitHistory, moveUnit, unitKeys, updateUnit } from './api.ts';
import { UnitTreeSelect } from './UnitTreeSelect.tsx';

function KindSelect(props: { value?: UnitKind; onChange?: (v: UnitKind) => void; id?: string }) {
  const kindName = useKindName();
  return <Select<UnitKind> {...props} options={UNIT_KINDS.map((k) => ({ value: k, label: kindName(k) }))} />;
}

function NameAndKindFields() {
  const t = useT();
  return (
    <>
      <Form.Item
        name="name"
        label={t('unit.name')}
        rules={[{ required: true, whitespace: true, message: t('form.required') }]}
      >
        <Input maxLength={64} />
      </Form.Item>
      <Form.Item name="kind" label={t('unit.kind')} rules={[{ required: true, message: t('form.required') }]}>
        <KindSelect />
      </Form.Item>
      <Form.Item name="sortOrder" label={t('unit.sortOrder')} extra={t('unit.sortOrderHint')}>
        <InputNumber min={0} max={1_000_000} precision={0} style={{ width: '100%' }} />
      </Form.Item>
    </>
  );
}

/** 新增下级机构 under `parent`. */
export function CreateUnitModal({
  parent,
  onClose,
  onDone,
}: {
  parent: UnitDetail;
  onClose: () => void;
  onDone: (created: UnitDetail) => void;
}) {
  const t = useT();
  return (
    <FormModal<Omit<CreateUnitBody, 'parentId'>, UnitDetail>
      title={t('unit.createTitle', { parent: parent.name })}
      okText={t('common.create')}
      initialValues={{ kind: parent.kind === 'county' ? 'outlet' : undefined }}
      submit={(v) => createUnit({ ...v, parentId: parent.id })}
      onDone={onDone}
      onClose={onClose}
      errors={{ fields: ['code', 'name', 'kind', 'sortOrder'] }}
    >
      <Form.Item
        name="code"
        label={t('unit.code')}
        extra={t('unit.codeRule')}
        rules={[
          { required: true, message: t('form.required') },
          { pattern: UNIT_CODE_PATTERN, message: t('unit.codeRule') },
        ]}
      >
        <Input maxLength={32} autoComplete="off" />
      </Form.Item>
      <NameAndKindFields />
    </FormModal>
  );
}

/** 编辑: name, kind and order; the code stays (imports and other systems key on it). */
export function EditUnitModal({
  unit,
  onClose,
  onDone,
  onStale,
}: {
  unit: UnitDetail;
  onClose: () => void;
  onDone: () => void;
  /** Someone else changed the unit meanwhile: close and reload. */
  onStale: () => void;
}) {
  const t = useT();
  return (
    <FormModal<{ name: string; kind: UnitKind; sortOrder?: number }, UnitDetail>
      title={t('unit.editTitle', { name: unit.name })}
      okText={t('common.save')}
      initialValues={{ name: unit.name, kind: unit.kind, sortOrder: unit.sortOrder }}
      submit={(v) => updateUnit(unit.id, { ...v, version: unit.version })}
      onDone={onDone}
      onClose={onClose}
      errors={{ fields: ['name', 'kind', 'sortOrder'], onStale }}
    >
      <NameAndKindFields />
    </FormModal>
  );
}

/** 移动: a new parent chosen from the tree; the move is kept in the unit's history. */
export function MoveUnitModal({
  unit,
  onClose,
  onDone,
  onStale,
}: {
  unit: UnitDetail;
  onClose: () => void;
  onDone: () => void;
  /** Someone else changed the unit meanwhile: close and reload. */
  onStale: () => void;
}) {
  const t = useT();
  return (
    <FormModal<{ parentId: number }, UnitDetail>
      title={t('unit.moveTitle', { name: unit.name })}
      okText={t('unit.move')}
      initialValues={{ parentId: unit.parentId ?? undefined }}
      submit={(v) => moveUnit(unit.id, v.parentId, unit.version)}
      onDone={onDone}
      onClose={onClose}
      errors={{ fields: ['parentId'], onStale }}
    >
      <Typography.Paragraph type="secondary">{t('unit.moveHint')}</Typography.Paragraph>
      <Form.Item name="parentId" label={t('unit.newParent')} rules={[{ required: true, message: t('form.required') }]}>
        <UnitTreeSelect disabledId={unit.id} allowClear={false} />
      </Form.Item>
    </FormModal>
  );
}

/** 变更记录: where the unit was moved from and to, newest first. */
export function UnitHistoryModal({ unit, onClose }: { unit: UnitDetail; onClose: () => void }) {
  const t = useT();
  const history = useQuery({ queryKey: unitKeys.history(unit.id), queryFn: () => fetchUnitHistory(unit.id) });
  return (
    <Modal open title={t('unit.historyTitle', { name: unit.name })} footer={null} onCancel={onClose}>
      {history.isPending ? (
        <PageLoading />
      ) : history.isError ? (
        <LoadFailed error={history.error} onRetry={() => void history.refetch()} />
      ) : history.data.length === 0 ? (
        <Typography.Text type="secondary">{t('unit.historyEmpty')}</Typography.Text>
      ) : (
        <Timeline
          style={{ marginTop: 16 }}
          items={history.data.map((m) => ({
            key: m.id,
            children: (
              <>
                <Typography.Text type="secondary">{formatDateTime(m.movedAt)}</Typography.Text>
                <div>{t('unit.movedFromTo', { from: m.from?.name ?? '—', to: m.to?.name ?? '—' })}</div>
              </>
            ),
          }))}
        />
      )}
    </Modal>
  );
}
