import { useQuery } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import type { ConcernCategory } from '../../../contracts/concern-config.ts';
import {
  CONCERN_ACTION_NAMES,
  CONCERN_STATE_NAMES,
  type ConcernAction,
  type ConcernEventKind,
  type ConcernKind,
  type ConcernState,
} from '../../../contracts/concerns.ts';
import { useLang } from '../../app/i18n/index.tsx';
import { concernKeys, fetchCategories } from './api.ts';

/** Tag colours of the states: waiting (blue/orange), done (green), stopped (grey/red). */
export const STATE_COLORS: Record<ConcernState, string> = {
  submitted: 'blue',
  routed: 'geekblue',
  accepted: 'cyan',
  in_progress: 'processing',
  returned: 'orange',
  on_agenda: 'purple',
  resolved: 'lime',
  reopened: 'volcano',
  closed: 'success',
  rejected: 'default',
};

export const KIND_COLORS: Record<ConcernKind, string> = { problem: 'red', suggestion: 'gold' };

/** State and action names come with the contract (shared with the server's messages), in the chosen language. */
export function useConcernNames() {
  const { lang, t } = useLang();
  const state = useCallback((s: ConcernState) => CONCERN_STATE_NAMES[s][lang], [lang]);
  const action = useCallback((a: ConcernAction) => CONCERN_ACTION_NAMES[a][lang], [lang]);
  const event = useCallback(
    (k: ConcernEventKind) => (k === 'raise' ? t('concern.event.raise') : CONCERN_ACTION_NAMES[k][lang]),
    [lang, t],
  );
  const kind = useCallback(
    (k: ConcernKind) => t(k === 'problem' ? 'concern.kind.problem' : 'concern.kind.suggestion'),
    [t],
  );
  const tier = useCallback((n: number) => t('concern.tierN', { n }), [t]);
  return { state, action, event, kind, tier };
}

/** The configured categories (active ones for choosing), named in the chosen language. */
export function useCategories() {
  const { lang } = useLang();
  const query = useQuery({ queryKey: concernKeys.categories, queryFn: fetchCategories, staleTime: 5 * 60_000 });
  const name = useCallback((c: ConcernCategory) => (lang === 'zh-CN' ? c.nameZh : c.nameEn), [lang]);
  const options = useMemo(
    () =>
      (query.data ?? [])
        .filter((c) => c.active)
        .sort((a, b) => a.sortOrder - b.sortOrder)
        .map((c) => ({ value: c.code, label: name(c) })),
    [query.data, name],
  );
  const nameOf = useCallback(
    (code: string) => {
      const c = query.data?.find((x) => x.code === code);
      return c ? name(c) : code;
    },
    [query.data, name],
  );
  return { options, nameOf, loading: query.isPending };
}
