import { parsePeriod } from '../../../contracts/periods.ts';
import { DEFAULT_RECORD_SETTINGS, type RecordSettings, recordSettingsSchema } from '../../../contracts/records.ts';
import type { Rule } from '../../../contracts/rules.ts';
import type { Db } from '../../db/client.ts';
import type { Actor } from '../../platform/actor.ts';
import { readSetting } from '../../platform/settings-store.ts';
import { subtreePaths } from '../units/queries.ts';
import type { EngineInput } from './engine.ts';
import { localDate } from './periods.ts';
import { evaluationsFor, rulesOverlapping, type Track } from './rules-in-effect.ts';

export const RECORD_SETTINGS_KEY = 'records';

export function readRecordSettings(db: Db): Promise<{ value: RecordSettings; version: number }> {
  return readSetting(db, RECORD_SETTINGS_KEY, recordSettingsSchema.partial(), DEFAULT_RECORD_SETTINGS);
}

/** Everything one compliance question needs: the rules, their periods, the subtree, today. */
export interface ComplianceContext {
  input: EngineInput;
  rules: Rule[];
  period: { label: string; start: string; end: string };
}

export async function complianceContext(
  db: Db,
  actor: Actor,
  q: { schemeId?: number | undefined; unitId?: number | undefined; period: string },
  now = new Date(),
): Promise<ComplianceContext> {
  const { value: settings } = await readRecordSettings(db);
  const bounds = parsePeriod(q.period);
  const track: Track = q.schemeId === undefined ? { partyOrgs: true } : { schemeId: q.schemeId };
  const rules = await rulesOverlapping(db, track, bounds.start, bounds.end);
  const evaluations = evaluationsFor(rules, bounds.start, bounds.end);
  return {
    rules: rules.filter((r) => evaluations.some((e) => e.rule.id === r.id)),
    period: { label: q.period, start: bounds.start, end: bounds.end },
    input: {
      track,
      evaluations,
      timeZone: settings.timeZone,
      today: localDate(now, settings.timeZone),
      paths: await subtreePaths(db, actor, q.unitId),
    },
  };
}
