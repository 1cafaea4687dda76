import { useQuery } from '@tanstack/react-query';
import { Descriptions, List, Modal, Space, Spin, Typography } from 'antd';
import { useT } from '../../../app/i18n/index.tsx';
import { fetchInspection, registerKeys } from './api.ts';
import { FindingTag } from './FindingTag.tsx';

/** One inspection with its findings item by item and their rectifications. */
export function InspectionDetailModal({ id, onClose }: { id: number; onClose(): void }) {
  const t = useT();
  const q = useQuery({ queryKey: registerKeys.inspection(id), queryFn: () => fetchInspection(id) });
  const d = q.data;
  return (
    <Modal open footer={null} onCancel={onClose} width={680} title={t('clr.inspection.detail')}>
      {!d ? (
        <Spin />
      ) : (
        <>
          <Descriptions column={1} size="small">
            <Descriptions.Item label={t('clr.unit')}>{d.assignment.unit.name}</Descriptions.Item>
            <Descriptions.Item label={t('clr.inspection.quarter')}>
              {t('clr.quarter', { q: d.quarter })}
            </Descriptions.Item>
            <Descriptions.Item label={t('clr.inspection.inspectedOn')}>{d.inspectedOn}</Descriptions.Item>
            <Descriptions.Item label={t('clr.inspection.inspectors')}>{d.inspectors}</Descriptions.Item>
            {d.note ? <Descriptions.Item label={t('clr.inspection.note')}>{d.note}</Descriptions.Item> : null}
          </Descriptions>
          <List
            size="small"
            dataSource={d.findings}
            renderItem={(f) => (
              <List.Item key={f.id} style={{ display: 'block' }}>
                <Space wrap>
                  <span>
                    {f.item.ordinal}. {f.item.title}
                  </span>
                  <FindingTag finding={f.finding} />
                </Space>
                {f.note ? <div>{f.note}</div> : null}
                {f.rectifyDue ? (
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {t('clr.inspection.owner')} {f.rectifyOwner?.name ?? '—'} · {t('clr.inspection.due')} {f.rectifyDue}
                    {f.rectifiedOn ? ` · ${t('clr.rect.closed')} ${f.rectifiedOn}` : ''}
                  </Typography.Text>
                ) : null}
              </List.Item>
            )}
          />
        </>
      )}
    </Modal>
  );
}
