import { Button, Card, Col, DatePicker, Input, InputNumber, Row, Select, Space } from 'antd';
import dayjs from 'dayjs';
import { ACTION_KINDS } from '../../../../contracts/actions.ts';
import { CADENCES, type Cadence, MEASURES, RESPONSIBLE_ROLES, TARGET_UNITS } from '../../../../contracts/checklists.ts';
import { useT } from '../../../app/i18n/index.tsx';
import { useActionOptions } from '../../records/labels.ts';
import type { DraftItem } from './draft.ts';

/** One item row of the editor: wraps onto several lines on a phone. */
export function ItemEditor({
  item,
  ordinal,
  year,
  readOnly,
  onChange,
  onMove,
  onRemove,
}: {
  item: DraftItem;
  ordinal: number;
  year: number;
  readOnly: boolean;
  onChange: (next: DraftItem) => void;
  onMove: (by: -1 | 1) => void;
  onRemove: () => void;
}) {
  const t = useT();
  const actionOptions = useActionOptions();
  const set = (patch: Partial<DraftItem>) => onChange({ ...item, ...patch });
  const when = item.cadence ?? 'date';
  const hasTarget = item.targetValue != null;
  return (
    <Card size="small" data-testid="template-item" style={{ marginBottom: 8 }}>
      <Row gutter={[8, 8]}>
        <Col xs={24} md={14}>
          <Input
            addonBefore={ordinal}
            value={item.title}
            placeholder={t('ckt.item')}
            disabled={readOnly}
            data-testid="item-title"
            onChange={(e) => set({ title: e.target.value })}
          />
        </Col>
        <Col xs={12} md={5}>
          <Select
            style={{ width: '100%' }}
            value={item.responsibleRole}
            disabled={readOnly}
            aria-label={t('ckt.role')}
            onChange={(v) => set({ responsibleRole: v })}
            options={RESPONSIBLE_ROLES.map((r) => ({ value: r, label: t(`ckt.role.${r}`) }))}
          />
        </Col>
        <Col xs={12} md={5}>
          <InputNumber
            style={{ width: '100%' }}
            min={0.01}
            step={0.5}
            value={item.weight}
            disabled={readOnly}
            placeholder={t('ckt.weight')}
            addonAfter={t('ckt.weight')}
            data-testid="item-weight"
            onChange={(v) => set({ weight: v })}
          />
        </Col>
        <Col xs={24} md={14}>
          <Input.TextArea
            autoSize={{ minRows: 1, maxRows: 4 }}
            value={item.assessmentContent}
            disabled={readOnly}
            placeholder={t('ckt.content')}
            onChange={(e) => set({ assessmentContent: e.target.value })}
          />
        </Col>
        <Col xs={12} md={5}>
          <Select
            style={{ width: '100%' }}
            value={when}
            disabled={readOnly}
            aria-label={t('ckt.when')}
            onChange={(v: Cadence | 'date') => set(v === 'date' ? { cadence: null } : { cadence: v, deadline: null })}
            options={[
              ...CADENCES.map((c) => ({ value: c, label: t(`ckt.cadence.${c}`) })),
              { value: 'date' as const, label: t('ckt.whenDate') },
            ]}
          />
        </Col>
        <Col xs={12} md={5}>
          {when === 'date' && (
            <DatePicker
              style={{ width: '100%' }}
              value={item.deadline ? dayjs(item.deadline) : null}
              disabled={readOnly}
              minDate={dayjs(`${year}-01-01`)}
              maxDate={dayjs(`${year}-12-31`)}
              onChange={(d) => set({ deadline: d ? d.format('YYYY-MM-DD') : null })}
            />
          )}
        </Col>
        <Col xs={12} md={5}>
          <InputNumber
            style={{ width: '100%' }}
            min={0}
            value={item.targetValue}
            disabled={readOnly}
            placeholder={t('ckt.target')}
            onChange={(v) =>
              set(
                v == null
                  ? { targetValue: null, targetUnit: null, measure: 'manual', measureKind: null }
                  : { targetValue: v },
              )
            }
          />
        </Col>
        <Col xs={12} md={4}>
          <Select
            style={{ width: '100%' }}
            allowClear
            value={item.targetUnit}
            disabled={readOnly || !hasTarget}
            placeholder={t('ckt.targetUnit')}
            onChange={(v) => set({ targetUnit: v ?? null })}
            options={TARGET_UNITS.map((u) => ({ value: u, label: t(`ckt.unit.${u}`) }))}
          />
        </Col>
        <Col xs={12} md={5}>
          <Select
            style={{ width: '100%' }}
            value={item.measure}
            disabled={readOnly || !hasTarget}
            aria-label={t('ckt.measure')}
            onChange={(v) => set({ measure: v, ...(v === 'record_count' ? {} : { measureKind: null }) })}
            options={MEASURES.map((m) => ({ value: m, label: t(`ckt.measure.${m}`) }))}
          />
        </Col>
        <Col xs={12} md={5}>
          {item.measure === 'record_count' && hasTarget && (
            <Select
              style={{ width: '100%' }}
              value={item.measureKind}
              disabled={readOnly}
              placeholder={t('ckt.measureKind')}
              onChange={(v) => set({ measureKind: v })}
              options={actionOptions('actionKind', ACTION_KINDS)}
            />
          )}
        </Col>
        {!readOnly && (
          <Col xs={24} md={5}>
            <Space size={4} wrap>
              <Button size="small" onClick={() => onMove(-1)}>
                {t('ckt.up')}
              </Button>
              <Button size="small" onClick={() => onMove(1)}>
                {t('ckt.down')}
              </Button>
              <Button size="small" danger onClick={onRemove}>
                {t('ckt.remove')}
              </Button>
            </Space>
          </Col>
        )}
      </Row>
    </Card>
  );
}
