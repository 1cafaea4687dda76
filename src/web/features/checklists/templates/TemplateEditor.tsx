import { Alert, Button, Card, Col, Form, Input, InputNumber, Row, Space, Typography } from 'antd';
import { useT } from '../../../app/i18n/index.tsx';
import { blankArea, blankItem, type Draft, type DraftArea, moved, totalsOf } from './draft.ts';
import { ItemEditor } from './ItemEditor.tsx';

/** Header figures and areas of item rows, edited in place; saving is the page's. */
export function TemplateEditor({
  draft,
  year,
  readOnly,
  onChange,
}: {
  draft: Draft;
  year: number;
  readOnly: boolean;
  onChange: (next: Draft) => void;
}) {
  const t = useT();
  const set = (patch: Partial<Draft>) => onChange({ ...draft, ...patch });
  const setArea = (i: number, area: DraftArea) => set({ areas: draft.areas.map((a, j) => (j === i ? area : a)) });
  const weights =
    draft.checklistWeightPct + draft.appraisalWeightPct + draft.dutyReportWeightPct + draft.projectWeightPct;
  const totals = totalsOf(draft);
  let ordinal = 0;
  const pct = (
    key: 'partialCreditPct' | 'checklistWeightPct' | 'appraisalWeightPct' | 'dutyReportWeightPct' | 'projectWeightPct',
  ) => (
    <InputNumber
      style={{ width: '100%' }}
      min={0}
      max={100}
      precision={0}
      value={draft[key]}
      disabled={readOnly}
      onChange={(v) => set({ [key]: v ?? 0 })}
    />
  );
  return (
    <div>
      <Card size="small" title={t('ckt.header')} style={{ marginBottom: 12 }}>
        <Form layout="vertical">
          <Row gutter={[12, 0]}>
            <Col xs={24} md={12}>
              <Form.Item label={t('ckt.name')} required>
                <Input
                  value={draft.name}
                  disabled={readOnly}
                  data-testid="template-name"
                  onChange={(e) => set({ name: e.target.value })}
                />
              </Form.Item>
            </Col>
            <Col xs={12} md={6}>
              <Form.Item label={t('ckt.partialCredit')}>{pct('partialCreditPct')}</Form.Item>
            </Col>
            <Col xs={12} md={6}>
              <Form.Item label={t('ckt.checklistWeight')}>{pct('checklistWeightPct')}</Form.Item>
            </Col>
            <Col xs={12} md={6}>
              <Form.Item label={t('ckt.appraisalWeight')}>{pct('appraisalWeightPct')}</Form.Item>
            </Col>
            <Col xs={12} md={6}>
              <Form.Item label={t('ckt.dutyReportWeight')}>{pct('dutyReportWeightPct')}</Form.Item>
            </Col>
            <Col xs={12} md={6}>
              <Form.Item label={t('ckt.projectWeight')}>{pct('projectWeightPct')}</Form.Item>
            </Col>
          </Row>
        </Form>
        {weights !== 100 && <Alert type="warning" showIcon message={t('ckt.weightsSum', { sum: weights })} />}
        <Typography.Text type="secondary" data-testid="template-totals">
          {t('ckt.sum', { items: totals.items, weight: totals.weight })}
        </Typography.Text>
      </Card>
      {draft.areas.map((area, ai) => (
        <Card
          key={area.key}
          size="small"
          style={{ marginBottom: 12 }}
          data-testid="template-area"
          title={`${t('ckt.area')} ${ai + 1}`}
          extra={
            !readOnly && (
              <Space size={4} wrap>
                <Button size="small" onClick={() => set({ areas: moved(draft.areas, ai, -1) })}>
                  {t('ckt.up')}
                </Button>
                <Button size="small" onClick={() => set({ areas: moved(draft.areas, ai, 1) })}>
                  {t('ckt.down')}
                </Button>
                <Button size="small" danger onClick={() => set({ areas: draft.areas.filter((_, j) => j !== ai) })}>
                  {t('ckt.removeArea')}
                </Button>
              </Space>
            )
          }
          styles={{ header: { flexWrap: 'wrap', gap: 8, paddingBlock: 8 } }}
        >
          <Input
            value={area.title}
            disabled={readOnly}
            placeholder={t('ckt.areaTitle')}
            aria-label={t('ckt.areaTitle')}
            data-testid="area-title"
            style={{ marginBottom: 8 }}
            onChange={(e) => setArea(ai, { ...area, title: e.target.value })}
          />
          {area.items.map((item, ii) => {
            ordinal += 1;
            return (
              <ItemEditor
                key={item.key}
                item={item}
                ordinal={ordinal}
                year={year}
                readOnly={readOnly}
                onChange={(next) => setArea(ai, { ...area, items: area.items.map((x, j) => (j === ii ? next : x)) })}
                onMove={(by) => setArea(ai, { ...area, items: moved(area.items, ii, by) })}
                onRemove={() => setArea(ai, { ...area, items: area.items.filter((_, j) => j !== ii) })}
              />
            );
          })}
          {!readOnly && (
            <Button
              size="small"
              data-testid="template-add-item"
              onClick={() => setArea(ai, { ...area, items: [...area.items, blankItem()] })}
            >
              {t('ckt.addItem')}
            </Button>
          )}
        </Card>
      ))}
      {!readOnly && (
        <Button onClick={() => set({ areas: [...draft.areas, blankArea()] })} data-testid="template-add-area">
          {t('ckt.addArea')}
        </Button>
      )}
    </div>
  );
}
