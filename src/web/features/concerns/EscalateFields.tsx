import { useQuery } from '@tanstack/react-query';
import { Alert, Form, Input, Switch } from 'antd';
import { CONCERN_LIMITS, type ConcernDetail } from '../../../contracts/concerns.ts';
import { useT } from '../../app/i18n/index.tsx';
import { concernKeys, fetchRoutePreview } from './api.ts';
import { DepartmentSelect } from './DepartmentSelect.tsx';

/**
 * Escalating from tier 1: where the routing table sends it, and optionally
 * another department instead, which then needs its own reason.
 */
export function EscalateFields({ concern }: { concern: ConcernDetail }) {
  const t = useT();
  const preview = useQuery({
    queryKey: concernKeys.preview(concern.unit.id, concern.category),
    queryFn: () => fetchRoutePreview(concern.unit.id, concern.category),
  });
  const override = Form.useWatch<boolean | undefined>('override');
  const routed = preview.data?.department ?? null;
  // Without a row in the routing table the department must be named here.
  const mustName = preview.isSuccess && routed === null;
  const naming = override === true || mustName;
  return (
    <>
      {preview.isPending ? null : (
        <Alert
          type={routed ? 'info' : 'warning'}
          showIcon
          style={{ marginBottom: 12 }}
          data-testid="concern-route-preview"
          message={
            routed
              ? t('concern.routePreview', { department: routed.name, from: preview.data?.from?.name ?? '—' })
              : t('concern.routeNone')
          }
        />
      )}
      {mustName ? null : (
        <Form.Item name="override" valuePropName="checked" label={t('concern.overrideToggle')}>
          <Switch data-testid="concern-override" />
        </Form.Item>
      )}
      {naming ? (
        <>
          <Form.Item
            name="departmentId"
            preserve={false}
            label={t('concern.department')}
            rules={[{ required: true, message: t('form.required') }]}
          >
            <DepartmentSelect />
          </Form.Item>
          <Form.Item
            name="overrideReason"
            preserve={false}
            label={t('concern.overrideReason')}
            rules={[{ required: true, whitespace: true, message: t('form.required') }]}
          >
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={CONCERN_LIMITS.note} />
          </Form.Item>
        </>
      ) : null}
    </>
  );
}
