import { useQuery } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { UnitKind } from '../../../contracts/units.ts';
import { useLang } from '../../app/i18n/index.tsx';
import { fetchVocabulary, registryKeys } from './api.ts';

/** What this enterprise calls each kind of unit (bank 网点, postal 支局…); read once per session. */
export function useVocabulary() {
  return useQuery({ queryKey: registryKeys.vocabulary, queryFn: fetchVocabulary, staleTime: 10 * 60_000 });
}

/**
 * The name of a unit kind: the enterprise's own word in Chinese; in English the
 * generic name (the vocabulary is kept in Chinese only).
 */
export function useKindName(): (kind: UnitKind) => string {
  const { lang, t } = useLang();
  const vocabulary = useVocabulary();
  const names = vocabulary.data?.value.names;
  return useCallback(
    (kind: UnitKind) => (lang === 'zh-CN' && names ? names[kind] : t(`unitKind.${kind}`)),
    [lang, names, t],
  );
}
