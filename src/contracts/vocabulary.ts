import { z } from 'zod';
import { UNIT_KINDS, type UnitKind } from './units.ts';

/**
 * What an enterprise calls each kind of unit. Three presets from the sector
 * (GLOSSARY: 机构 / 单位); an enterprise may also name them itself.
 */
export const VOCABULARY_PRESETS = ['bank', 'insurer', 'postal'] as const;
export type VocabularyPreset = (typeof VOCABULARY_PRESETS)[number];

export const PRESET_NAMES: Record<VocabularyPreset, Record<UnitKind, string>> = {
  bank: {
    head_office: '总行',
    province: '省分行',
    city: '二级分行',
    county: '支行',
    outlet: '网点',
    department: '部门',
    section: '科室',
  },
  insurer: {
    head_office: '总公司',
    province: '省分公司',
    city: '地市分公司',
    county: '支公司',
    outlet: '营业部',
    department: '部门',
    section: '科室',
  },
  postal: {
    head_office: '总公司',
    province: '省分公司',
    city: '市分公司',
    county: '县分公司',
    outlet: '支局',
    department: '部门',
    section: '科室',
  },
};

const kindNames = z.strictObject(
  Object.fromEntries(UNIT_KINDS.map((k) => [k, z.string().trim().min(1).max(16)])) as Record<UnitKind, z.ZodString>,
);

export const vocabularySchema = z.strictObject({
  preset: z.enum([...VOCABULARY_PRESETS, 'custom']),
  names: kindNames,
});
export type Vocabulary = z.infer<typeof vocabularySchema>;

export const DEFAULT_VOCABULARY: Vocabulary = { preset: 'bank', names: PRESET_NAMES.bank };

export const vocabularyView = z.object({ value: vocabularySchema, version: z.number().int() });
export const updateVocabularyBody = z.strictObject({ value: vocabularySchema, version: z.number().int().min(0) });
