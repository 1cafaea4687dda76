import { Button, Result } from 'antd';
import { Link } from 'react-router';
import { useT } from './i18n/index.tsx';

export function Forbidden() {
  const t = useT();
  return (
    <Result
      status="403"
      title={t('error.forbiddenTitle')}
      subTitle={t('error.forbidden')}
      extra={
        <Link to="/">
          <Button type="primary">{t('common.backHome')}</Button>
        </Link>
      }
    />
  );
}

export function NotFound() {
  const t = useT();
  return (
    <Result
      status="404"
      title={t('error.notFoundTitle')}
      subTitle={t('error.notFound')}
      extra={
        <Link to="/">
          <Button type="primary">{t('common.backHome')}</Button>
        </Link>
      }
    />
  );
}

/** A query that failed: the server's message and a way to try again. */
export function LoadFailed({ error, onRetry }: { error: Error; onRetry: () => void }) {
  const t = useT();
  return (
    <Result
      status="error"
      title={t('common.loadFailed')}
      subTitle={error.message}
      extra={<Button onClick={onRetry}>{t('common.retry')}</Button>}
    />
  );
}
