import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Result, Spin } from 'antd';
import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useRef, useState } from 'react';
import { type LoginBody, type Me, meSchema } from '../../contracts/auth.ts';
import { okSchema } from '../../contracts/common.ts';
import { ApiRequestError, api, onAuthProblem, setCsrfToken } from './api/client.ts';
import { useT } from './i18n/index.tsx';

/**
 * The signed-in account, as the server describes it (GET /api/me). `me` is null
 * when nobody is signed in; the route guards decide where that leads.
 */
const ME_KEY = ['me'] as const;
/** Queries that do not depend on who is signed in (the public login configuration). */
const KEEP_ACROSS_ACCOUNTS = new Set<string>([ME_KEY[0], 'auth-config']);

async function fetchMe(): Promise<Me | null> {
  try {
    const me = await api('GET', '/api/me', meSchema);
    setCsrfToken(me.csrfToken);
    return me;
  } catch (err) {
    if (err instanceof ApiRequestError && err.code === 'UNAUTHENTICATED') return null;
    throw err;
  }
}

interface SessionValue {
  me: Me | null;
  /** True after the user signed out on purpose: the login page then forgets the last page. */
  signedOut: boolean;
  signIn: (body: LoginBody) => Promise<Me>;
  signOut: () => Promise<void>;
  /** Takes a fresh Me from an answer that returns one (password change). */
  acceptMe: (me: Me) => void;
}

const SessionContext = createContext<SessionValue | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const qc = useQueryClient();
  const t = useT();
  const [signedOut, setSignedOut] = useState(false);
  /** The sign-out request still on its way; a new sign-in waits for it, or its cookie-clearing answer could land after the new session's cookie. */
  const pendingLogout = useRef<Promise<unknown> | null>(null);
  const query = useQuery({ queryKey: ME_KEY, queryFn: fetchMe, staleTime: Number.POSITIVE_INFINITY });

  /** Another account's cached pages must never show, so everything account-bound is dropped. */
  const setMe = useCallback(
    (me: Me | null) => {
      setCsrfToken(me?.csrfToken ?? null);
      qc.removeQueries({ predicate: (q) => !KEEP_ACROSS_ACCOUNTS.has(String(q.queryKey[0])) });
      qc.setQueryData(ME_KEY, me);
    },
    [qc],
  );

  useEffect(() => {
    /** Re-reads the session; if another tab signed in as someone else, this tab becomes that account cleanly. */
    const refresh = async () => {
      const before = qc.getQueryData<Me | null>(ME_KEY);
      const after = await fetchMe().catch(() => before ?? null);
      if (after?.account.id !== before?.account.id) setMe(after);
      else qc.setQueryData(ME_KEY, after);
    };
    return onAuthProblem((problem) => {
      if (problem === 'UNAUTHENTICATED') setMe(null);
      // A password change became due, or the session (and its CSRF token) changed under this tab.
      else void refresh();
    });
  }, [qc, setMe]);

  const value = useMemo<SessionValue>(
    () => ({
      me: query.data ?? null,
      signedOut,
      signIn: async (body) => {
        await pendingLogout.current;
        const me = await api('POST', '/api/auth/login', meSchema, body);
        setSignedOut(false);
        setMe(me);
        return me;
      },
      signOut: async () => {
        setSignedOut(true);
        // The CSRF token goes with the request before setMe(null) forgets it.
        const request = api('POST', '/api/auth/logout', okSchema);
        const settled = request.catch(() => undefined);
        pendingLogout.current = settled;
        // The tab forgets the session at once, however slow (or gone) the server is: the person
        // asked to leave, and nothing of the account may stay on screen while the request runs.
        setMe(null);
        try {
          await request;
        } finally {
          if (pendingLogout.current === settled) pendingLogout.current = null;
        }
      },
      acceptMe: (me) => {
        setCsrfToken(me.csrfToken);
        qc.setQueryData(ME_KEY, me);
      },
    }),
    [query.data, signedOut, setMe, qc],
  );

  if (query.isPending) return <Spin size="large" fullscreen tip={t('common.loading')} />;
  // Only when there is no session to show at all; a failed re-read keeps the page.
  if (query.isError && query.data === undefined) {
    return (
      <Result
        status="warning"
        title={t('error.serverDown')}
        subTitle={query.error.message}
        extra={<Button onClick={() => void query.refetch()}>{t('common.retry')}</Button>}
      />
    );
  }
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionValue {
  const ctx = useContext(SessionContext);
  if (!ctx) throw new Error('useSession outside SessionProvider');
  return ctx;
}

/** The signed-in account; only for pages behind RequireAuth. */
export function useMe(): Me {
  const { me } = useSession();
  if (!me) throw new Error('useMe without a session');
  return me;
}
