import { blankOutletPage, type RollupCounts, registryRatesSchema, rollupSchema } from '../../../contracts/registry.ts';
import { type Vocabulary, vocabularyView } from '../../../contracts/vocabulary.ts';
import { api, withQuery } from '../../app/api/client.ts';
import { downloadFrom } from '../../app/api/download.ts';

/** A node and its children with subtree counts; without a node, the caller's scope roots. */
export const fetchRollup = (parentId: number | null) =>
  api('GET', withQuery('/api/registry/rollup', { parentId }), rollupSchema);

export const fetchRates = (unitId: number | null) =>
  api('GET', withQuery('/api/registry/rates', { unitId }), registryRatesSchema);

export const listBlankOutlets = (query: { unitId?: number | undefined; page: number; pageSize: number }) =>
  api('GET', withQuery('/api/registry/blank-outlets', query), blankOutletPage);

export const exportBlankOutlets = (unitId: number | undefined) =>
  downloadFrom(withQuery('/api/registry/blank-outlets/export', { unitId }), 'blank-outlets.xlsx');

export const fetchVocabulary = () => api('GET', '/api/settings/vocabulary', vocabularyView);

export const saveVocabulary = (value: Vocabulary, version: number) =>
  api('PUT', '/api/settings/vocabulary', vocabularyView, { value, version });

export const registryKeys = {
  rollup: (parentId: number | null) => ['registry', 'rollup', parentId] as const,
  rates: (unitId: number | null) => ['registry', 'rates', unitId] as const,
  blankOutlets: (unitId: number | null, page: number, pageSize: number) =>
    ['registry', 'blank-outlets', unitId, page, pageSize] as const,
  vocabulary: ['vocabulary'] as const,
};

export type CountKey = keyof RollupCounts;
