import { useMutation } from '@tanstack/react-query';
import { App, Button, Form, Popconfirm, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { ChecklistAssignment, ChecklistTemplateDetail } from '../../../../contracts/checklists.ts';
import { useApiErrorHandler } from '../../../app/api/errors.ts';
import { FormModal } from '../../../app/FormModal.tsx';
import { useT } from '../../../app/i18n/index.tsx';
import { PersonSelect } from '../../people/PersonSelect.tsx';
import { addAssignments, deleteAssignment, updateAssignment } from '../api.ts';
import { UnitPicker } from './UnitPicker.tsx';

interface AddValues {
  unitIds: number[];
  supervisorPersonId?: number | null;
  counselorPersonId?: number | null;
}
interface PeopleValues {
  supervisorPersonId: number | null;
  counselorPersonId: number | null;
}

/** The units a template applies to, with their supervisor and counselor. */
export function AssignmentsTab({
  template,
  canManage,
  onChanged,
}: {
  template: ChecklistTemplateDetail;
  canManage: boolean;
  onChanged: () => void;
}) {
  const t = useT();
  const { message } = App.useApp();
  const onError = useApiErrorHandler();
  const [adding, setAdding] = useState(false);
  const [editing, setEditing] = useState<ChecklistAssignment | null>(null);
  const remove = useMutation({
    mutationFn: (a: ChecklistAssignment) => deleteAssignment(a.id, a.version),
    onSuccess: () => {
      void message.success(t('ckt.saved'));
      onChanged();
    },
    onError: (err) => onError(err, { onStale: onChanged }),
  });
  const person = (p: { name: string } | null) => p?.name ?? <Typography.Text type="secondary">—</Typography.Text>;
  return (
    <div>
      {canManage && (
        <Space style={{ marginBottom: 12 }}>
          <Button type="primary" data-testid="assign-units" onClick={() => setAdding(true)}>
            {t('ckt.assignUnits')}
          </Button>
        </Space>
      )}
      <Table<ChecklistAssignment>
        rowKey="id"
        size="small"
        pagination={false}
        scroll={{ x: 'max-content' }}
        dataSource={template.assignments}
        locale={{ emptyText: t('ckt.noAssignments') }}
        columns={[
          {
            title: t('ckt.assignedUnit'),
            render: (_, a) => (
              <Space size={4}>
                {a.unit.name}
                {a.hasData && <Tag>{t('ckt.hasData')}</Tag>}
              </Space>
            ),
          },
          { title: t('ckt.supervisor'), render: (_, a) => person(a.supervisor) },
          { title: t('ckt.counselor'), render: (_, a) => person(a.counselor) },
          ...(canManage
            ? [
                {
                  title: t('common.actions'),
                  render: (_: unknown, a: ChecklistAssignment) => (
                    <Space size={4} wrap>
                      <Button size="small" onClick={() => setEditing(a)}>
                        {t('ckt.editPeople')}
                      </Button>
                      {!a.hasData && (
                        <Popconfirm
                          title={t('ckt.removeConfirm', { unit: a.unit.name })}
                          onConfirm={() => remove.mutate(a)}
                        >
                          <Button size="small" danger>
                            {t('ckt.removeAssignment')}
                          </Button>
                        </Popconfirm>
                      )}
                    </Space>
                  ),
                },
              ]
            : []),
        ]}
      />
      {adding && (
        <FormModal<AddValues, ChecklistTemplateDetail>
          title={t('ckt.assignTitle')}
          okText={t('ckt.save')}
          submit={(v) =>
            addAssignments(template.id, {
              units: v.unitIds.map((unitId) => ({
                unitId,
                supervisorPersonId: v.supervisorPersonId ?? null,
                counselorPersonId: v.counselorPersonId ?? null,
              })),
            })
          }
          onDone={() => {
            setAdding(false);
            void message.success(t('ckt.saved'));
            onChanged();
          }}
          onClose={() => setAdding(false)}
        >
          <Typography.Paragraph type="secondary">{t('ckt.assignHint')}</Typography.Paragraph>
          <Form.Item
            name="unitIds"
            label={t('ckt.assignedUnit')}
            rules={[{ required: true, message: t('ckt.required') }]}
          >
            <UnitPicker multiple under={template.unit.id} />
          </Form.Item>
          <Form.Item name="supervisorPersonId" label={t('ckt.supervisor')}>
            <PersonSelect />
          </Form.Item>
          <Form.Item name="counselorPersonId" label={t('ckt.counselor')}>
            <PersonSelect />
          </Form.Item>
        </FormModal>
      )}
      {editing && (
        <FormModal<PeopleValues, unknown>
          title={`${t('ckt.editPeople')} · ${editing.unit.name}`}
          okText={t('ckt.save')}
          initialValues={{
            supervisorPersonId: editing.supervisor?.id ?? null,
            counselorPersonId: editing.counselor?.id ?? null,
          }}
          submit={(v) =>
            updateAssignment(editing.id, {
              supervisorPersonId: v.supervisorPersonId ?? null,
              counselorPersonId: v.counselorPersonId ?? null,
              version: editing.version,
            })
          }
          onDone={() => {
            setEditing(null);
            void message.success(t('ckt.saved'));
            onChanged();
          }}
          onClose={() => setEditing(null)}
          errors={{
            fields: ['supervisorPersonId', 'counselorPersonId'],
            onStale: () => {
              setEditing(null);
              onChanged();
            },
          }}
        >
          <Form.Item name="supervisorPersonId" label={t('ckt.supervisor')}>
            <PersonSelect known={editing.supervisor ? [editing.supervisor] : []} />
          </Form.Item>
          <Form.Item name="counselorPersonId" label={t('ckt.counselor')}>
            <PersonSelect known={editing.counselor ? [editing.counselor] : []} />
          </Form.Item>
        </FormModal>
      )}
    </div>
  );
}
