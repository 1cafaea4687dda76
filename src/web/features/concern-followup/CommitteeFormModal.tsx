import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, DatePicker, Form, type FormInstance, Input, Modal } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { CommitteeMeeting, CreateCommitteeMeetingBody } from '../../../contracts/concern-followup.ts';
import { useApiErrorHandler } from '../../app/api/errors.ts';
import { useT } from '../../app/i18n/index.tsx';
import { UnitTreeSelect } from '../units/UnitTreeSelect.tsx';
import { createMeeting, fetchConcern, followUpKeys } from './api.ts';
import { ConcernSelect } from './ConcernSelect.tsx';
import { DepartmentAboveSelect } from './DepartmentAboveSelect.tsx';
import { applyNestedFieldErrors } from './fieldErrors.ts';

interface ItemValues {
  concernId: number | null;
  decision: string;
  ownerDepartmentId: number | null;
  ownerNote?: string;
}
interface Values {
  unitId: number | null;
  heldOn: Dayjs;
  title: string;
  attendees?: string;
  items: ItemValues[];
}

/**
 * The owner department of one item: offered among the departments of the
 * concern's outlet's branches (what the server accepts), else of the meeting's unit.
 */
function ItemDepartment({
  form,
  index,
  fallback,
  value,
  onChange,
  id,
}: {
  form: FormInstance<Values>;
  index: number;
  fallback: number | undefined;
  value?: number | null;
  onChange?: (id: number | null) => void;
  id?: string;
}) {
  const concernId = Form.useWatch(['items', index, 'concernId'], form) ?? null;
  const concern = useQuery({
    queryKey: ['concerns', 'detail', concernId ?? 0],
    queryFn: () => fetchConcern(concernId ?? 0),
    enabled: concernId !== null,
    retry: false,
  });
  return <DepartmentAboveSelect id={id} unitId={concern.data?.unit.id ?? fallback} value={value} onChange={onChange} />;
}

const TOP_FIELDS = ['unitId', 'heldOn', 'title', 'attendees', 'items'];
const ITEM_FIELDS = ['concernId', 'decision', 'ownerDepartmentId', 'ownerNote'];

/**
 * 新建党委会议记录: the branch whose committee met, when, who attended, and for
 * each concern on the agenda the decision and the department that owns the
 * follow-up (the server routes the concern to it). Server field errors such as
 * "items.0.decision" land on that item's field.
 */
export function CommitteeFormModal({
  unitId,
  concernId,
  onDone,
  onClose,
}: {
  unitId: number | undefined;
  concernId: number | undefined;
  onDone: (meeting: CommitteeMeeting) => void;
  onClose: () => void;
}) {
  const t = useT();
  const qc = useQueryClient();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const onError = useApiErrorHandler();
  const meetingUnit = Form.useWatch('unitId', form) ?? undefined;
  const mutation = useMutation({
    mutationFn: (v: Values) => {
      const body: CreateCommitteeMeetingBody = {
        unitId: v.unitId ?? 0,
        heldOn: v.heldOn.format('YYYY-MM-DD'),
        title: v.title,
        attendees: v.attendees?.trim() ? v.attendees : null,
        items: v.items.map((i) => ({
          concernId: i.concernId ?? 0,
          decision: i.decision,
          ownerDepartmentId: i.ownerDepartmentId ?? 0,
          ownerNote: i.ownerNote?.trim() ? i.ownerNote : null,
        })),
      };
      return createMeeting(body);
    },
    onSuccess: (meeting) => {
      void message.success(t('followUp.committee.saved'));
      void qc.invalidateQueries({ queryKey: followUpKeys.meetingsAll });
      void qc.invalidateQueries({ queryKey: ['concerns'] });
      onDone(meeting);
    },
    onError: (err) => {
      onError(err);
      applyNestedFieldErrors(form, err, (name) =>
        name.length === 1
          ? TOP_FIELDS.includes(String(name[0]))
          : name[0] === 'items' && typeof name[1] === 'number' && ITEM_FIELDS.includes(String(name[2])),
      );
    },
  });
  const initial: Partial<Values> = {
    unitId: unitId ?? null,
    heldOn: dayjs(),
    items: [{ concernId: concernId ?? null, decision: '', ownerDepartmentId: null }],
  };
  const required = { required: true, message: t('followUp.required') };
  return (
    <Modal
      open
      title={t('followUp.committee.new')}
      okText={t('common.save')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={mutation.isPending}
      maskClosable={false}
      width={720}
    >
      <Form<Values> form={form} layout="vertical" initialValues={initial} onFinish={(v) => mutation.mutate(v)}>
        <Form.Item name="unitId" label={t('followUp.committee.unit')} rules={[required]}>
          <UnitTreeSelect allowClear={false} />
        </Form.Item>
        <Form.Item name="heldOn" label={t('followUp.committee.heldOn')} rules={[required]}>
          <DatePicker inputReadOnly allowClear={false} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="title" label={t('followUp.committee.title')} rules={[required, { max: 200 }]}>
          <Input placeholder={t('followUp.committee.titlePlaceholder')} />
        </Form.Item>
        <Form.Item name="attendees" label={t('followUp.committee.attendees')} rules={[{ max: 1000 }]}>
          <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} />
        </Form.Item>
        <Form.List name="items">
          {(fields, { add, remove }) => (
            <>
              {fields.map((f, index) => (
                <Card
                  key={f.key}
                  size="small"
                  style={{ marginBottom: 8 }}
                  title={t('followUp.committee.itemN', { n: index + 1 })}
                  extra={
                    fields.length > 1 ? (
                      <Button
                        type="text"
                        danger
                        icon={<DeleteOutlined />}
                        onClick={() => remove(f.name)}
                        aria-label={t('followUp.remove')}
                      />
                    ) : null
                  }
                >
                  <Form.Item name={[f.name, 'concernId']} label={t('followUp.committee.concern')} rules={[required]}>
                    <ConcernSelect state="on_agenda" />
                  </Form.Item>
                  <Form.Item
                    name={[f.name, 'decision']}
                    label={t('followUp.committee.decision')}
                    rules={[required, { max: 2000 }]}
                  >
                    <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} />
                  </Form.Item>
                  <Form.Item
                    name={[f.name, 'ownerDepartmentId']}
                    label={t('followUp.committee.owner')}
                    rules={[required]}
                  >
                    <ItemDepartment form={form} index={f.name} fallback={meetingUnit ?? undefined} />
                  </Form.Item>
                  <Form.Item
                    name={[f.name, 'ownerNote']}
                    label={t('followUp.committee.ownerNote')}
                    rules={[{ max: 500 }]}
                    style={{ marginBottom: 0 }}
                  >
                    <Input />
                  </Form.Item>
                </Card>
              ))}
              <Button
                type="dashed"
                block
                icon={<PlusOutlined />}
                onClick={() => add({ concernId: null, decision: '', ownerDepartmentId: null })}
              >
                {t('followUp.committee.addItem')}
              </Button>
            </>
          )}
        </Form.List>
      </Form>
    </Modal>
  );
}
