import { CheckCircleFilled, CloseCircleFilled } from '@ant-design/icons';
import { Space, Typography } from 'antd';
import {
  checkPassword,
  type PasswordViolation,
  passwordViolationMessages,
} from '../../../contracts/password-policy.ts';
import { useLang } from '../../app/i18n/index.tsx';

/** The rules always listed; "too long" only appears when it happens. */
const SHOWN: readonly PasswordViolation[] = ['too_short', 'too_few_classes', 'contains_username'];

/** Live feedback with the server's own rules (the same checkPassword). */
export function PasswordChecklist({ password, username }: { password: string; username: string }) {
  const { lang, t } = useLang();
  const violations = checkPassword(password, username);
  const rules = violations.includes('too_long') ? [...SHOWN, 'too_long' as const] : SHOWN;
  return (
    <div data-testid="password-checklist" style={{ margin: '4px 0 8px' }}>
      <Typography.Text type="secondary">{t('password.policyTitle')}</Typography.Text>
      <Space direction="vertical" size={2} style={{ display: 'flex', marginTop: 4 }}>
        {rules.map((rule) => {
          const ok = password.length > 0 && !violations.includes(rule);
          const [label] = passwordViolationMessages([rule], lang);
          return (
            <Typography.Text key={rule} type={ok ? 'success' : 'secondary'} data-ok={ok}>
              {ok ? <CheckCircleFilled /> : <CloseCircleFilled />} {label}
            </Typography.Text>
          );
        })}
      </Space>
    </div>
  );
}
