import { Button, Card, List, Tag, Typography } from 'antd';
import type { PublicConfig } from '../../../contracts/auth.ts';
import { useT } from '../../app/i18n/index.tsx';

/** Demo mode only: the accounts to try, one click fills the form. */
export function DemoAccounts({
  config,
  onPick,
}: {
  config: PublicConfig;
  onPick: (username: string, password: string) => void;
}) {
  const t = useT();
  const password = config.demoPassword ?? '';
  return (
    <Card size="small" title={t('auth.demoTitle')} style={{ width: '100%', maxWidth: 420, marginTop: 16 }}>
      <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
        {t('auth.demoHint', { password })}
      </Typography.Paragraph>
      <List
        size="small"
        dataSource={config.demoAccounts}
        renderItem={(a) => (
          <List.Item style={{ paddingInline: 0 }}>
            {/* A real button, so the list also works from the keyboard. */}
            <Button
              type="link"
              size="small"
              onClick={() => onPick(a.username, password)}
              data-testid={`demo-${a.username}`}
            >
              {a.username}
            </Button>
            <Tag>{t(`role.${a.role}`)}</Tag>
          </List.Item>
        )}
      />
    </Card>
  );
}
