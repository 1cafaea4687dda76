import { PageContainer } from '@ant-design/pro-components';
import { useT } from '../../app/i18n/index.tsx';

/** Stub page registered by the lead; its owner replaces it. */
export default function WebhooksPage() {
  const t = useT();
  return <PageContainer title={t('menu.webhooks')} />;
}
