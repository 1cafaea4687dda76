import { isCancelledError } from '@tanstack/react-query';
import type { FormInstance } from 'antd';
import { App } from 'antd';
import { useCallback } from 'react';
import { useT } from '../i18n/index.tsx';
import { ApiRequestError } from './client.ts';

export interface ErrorHandlingOptions {
  /** Show field errors under these form fields (their names as the API spells them). */
  form?: FormInstance;
  fields?: readonly string[];
  /** API field path → form field name, when they differ (e.g. "value.lockoutMinutes"). */
  mapField?: (field: string) => string;
  /** Called on 409 STALE_VERSION after the user is told; reload the data here. */
  onStale?: () => void;
}

/**
 * Puts the server's field messages under the matching form fields. A problem
 * without its own message gets the error's top message. Returns how many fields got one.
 */
export function applyFieldErrors(err: ApiRequestError, opts: ErrorHandlingOptions): number {
  const { form, fields, mapField = (f: string) => f } = opts;
  if (!form || !fields) return 0;
  const byField = new Map<string, string[]>();
  for (const p of err.fieldProblems) {
    const name = mapField(p.field);
    if (!fields.includes(name)) continue;
    byField.set(name, [...(byField.get(name) ?? []), p.message ?? err.message]);
  }
  form.setFields([...byField].map(([name, errors]) => ({ name, errors })));
  return byField.size;
}

/** One reaction to a failed call, the same on every page. */
export function useApiErrorHandler(): (err: unknown, opts?: ErrorHandlingOptions) => void {
  const { message } = App.useApp();
  const t = useT();
  return useCallback(
    (err: unknown, opts: ErrorHandlingOptions = {}) => {
      // A query dropped on purpose (sign-out clears the cache) is not the user's problem.
      if (isCancelledError(err)) return;
      if (!(err instanceof ApiRequestError)) {
        console.error(err);
        void message.error(t('error.client'));
        return;
      }
      // The session layer already sends the user to /login or /change-password.
      if (err.code === 'UNAUTHENTICATED' || err.code === 'PASSWORD_CHANGE_REQUIRED') return;
      if (err.code === 'STALE_VERSION') {
        void message.warning(t('common.staleReloaded'));
        opts.onStale?.();
        return;
      }
      applyFieldErrors(err, opts);
      void message.error(err.message);
    },
    [message, t],
  );
}
