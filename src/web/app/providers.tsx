import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider } from 'antd';
// The ES-module build: through the CommonJS one, Vite's interop loses the nested locales
// (pagination stayed English and ProTable's texts stayed Chinese).
import enUSLocale from 'antd/es/locale/en_US';
import zhCNLocale from 'antd/es/locale/zh_CN';
import type { ReactNode } from 'react';
import { ApiRequestError } from './api/client.ts';
import { LangProvider, useLang } from './i18n/index.tsx';
import { SessionProvider } from './session.tsx';
import { theme } from './theme.ts';

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      // A 4xx answer will not change by asking again; a dropped connection might.
      retry: (count, err) => count < 2 && !(err instanceof ApiRequestError && err.status >= 400 && err.status < 500),
      refetchOnWindowFocus: false,
    },
    mutations: { retry: false },
  },
});

function Localized({ children }: { children: ReactNode }) {
  const { lang } = useLang();
  return (
    <ConfigProvider locale={lang === 'zh-CN' ? zhCNLocale : enUSLocale} theme={theme}>
      <AntApp>{children}</AntApp>
    </ConfigProvider>
  );
}

/** Language, antd locale and theme, message/modal context, query cache and session, outermost first. */
export function AppProviders({ children }: { children: ReactNode }) {
  return (
    <LangProvider>
      <Localized>
        <QueryClientProvider client={queryClient}>
          <SessionProvider>{children}</SessionProvider>
        </QueryClientProvider>
      </Localized>
    </LangProvider>
  );
}
