import { sql } from 'drizzle-orm';
import { UNIT_KINDS, type UnitKind } from '../../../contracts/units.ts';
import { PRESET_NAMES, VOCABULARY_PRESETS, type Vocabulary } from '../../../contracts/vocabulary.ts';
import type { Db } from '../../db/client.ts';
import { arrayParam, rowsOf } from '../../db/sql.ts';
import type { ServiceContext } from '../../platform/actor.ts';
import { pathInScope } from '../../platform/scope.ts';
import { readVocabulary } from '../settings/update.ts';
import { type Choices, type Field, RowReader } from './fields.ts';
import { type StoredUnit, unitsByCode } from './lookups.ts';
import { firstOfKey, type Problems } from './problems.ts';
import type { ImportSheet } from './read-sheet.ts';
import { FinalTree } from './unit-tree.ts';

/** Unit kinds as typed: this enterprise's names first, then the codes and the presets' names. */
export function unitKindChoices(vocabulary: Vocabulary): Choices<UnitKind> {
  const byText = new Map<string, UnitKind>();
  const put = (text: string, kind: UnitKind) => {
    if (!byText.has(text)) byText.set(text, kind);
  };
  for (const kind of UNIT_KINDS) put(vocabulary.names[kind], kind);
  for (const kind of UNIT_KINDS) put(kind, kind);
  for (const preset of VOCABULARY_PRESETS) for (const kind of UNIT_KINDS) put(PRESET_NAMES[preset][kind], kind);
  return { byText, allowed: UNIT_KINDS.map((k) => vocabulary.names[k]) };
}

export const ACTIVE_CHOICES: Choices<'active' | 'inactive'> = {
  byText: new Map([
    ['启用', 'active'],
    ['停用', 'inactive'],
    ['active', 'active'],
    ['inactive', 'inactive'],
    ['Active', 'active'],
    ['Inactive', 'inactive'],
  ]),
  allowed: ['启用', '停用'],
};

interface ParsedUnit {
  row: number;
  code: string;
  name: Field<string>;
  kind: Field<UnitKind>;
  parentCode: Field<string>;
  /** The parent cell held something that is no code (already reported). */
  parentInvalid: boolean;
  sortOrder: Field<number>;
  active: boolean | undefined;
}

export interface NewUnitRow {
  code: string;
  name: string;
  kind: UnitKind;
  parentCode: string;
  sortOrder: number | undefined;
  active: boolean;
}

export interface ChangedUnitRow {
  stored: StoredUnit;
  name: string;
  kind: UnitKind;
  parentCode: string | null;
  sortOrder: number;
  active: boolean;
  /** Depth in the final tree when the parent changes (moves run top-down), else null. */
  moveDepth: number | null;
}

export interface UnitsPlan {
  inserts: NewUnitRow[];
  updates: ChangedUnitRow[];
  unchanged: number;
}

function parseRows(sheet: ImportSheet, problems: Problems, kinds: Choices<UnitKind>): ParsedUnit[] {
  const r = new RowReader(sheet, problems);
  const first = new Map<string, number>();
  const out: ParsedUnit[] = [];
  for (const row of sheet.rows) {
    r.at(row);
    const code = r.code('code');
    const parsed = {
      row: row.row,
      name: r.text('name', 64),
      kind: r.choice('kind', kinds),
      parentCode: r.code('parentCode'),
      parentInvalid: false,
      sortOrder: r.int('sortOrder', 0, 1_000_000),
      active: (() => {
        const a = r.choice('active', ACTIVE_CHOICES);
        return a ? a === 'active' : undefined;
      })(),
    };
    parsed.parentInvalid = parsed.parentCode === null && Boolean(r.raw('parentCode'));
    if (!code) continue;
    if (!firstOfKey(first, problems, row.row, 'code', code)) continue;
    out.push({ ...parsed, code });
  }
  return out;
}

/**
 * Checks a units sheet against the stored tree and the caller's scope, and plans
 * the inserts, updates and moves (a changed parent code moves the subtree).
 */
export async function validateUnits(
  db: Db,
  ctx: ServiceContext,
  sheet: ImportSheet,
  problems: Problems,
): Promise<UnitsPlan> {
  const { value: vocabulary } = await readVocabulary(db);
  const rows = parseRows(sheet, problems, unitKindChoices(vocabulary));
  const inFile = new Map(rows.map((p) => [p.code, p]));
  const stored = await unitsByCode(db, [
    ...rows.map((p) => p.code),
    ...rows.flatMap((p) => (p.parentCode ? [p.parentCode] : [])),
  ]);
  const scope = ctx.actor.scopePaths;
  const fileParent = new Map<string, string | null>();
  for (const p of rows) {
    const existing = stored.get(p.code);
    if (existing && !pathInScope(existing.path, scope)) {
      problems.add(p.row, 'code', 'taken_outside_scope', { value: p.code });
    }
    fileParent.set(p.code, resolveParent(p, existing, stored, inFile, scope, problems));
  }
  const tree = new FinalTree(fileParent, stored);
  for (const code of tree.cycles()) {
    const p = inFile.get(code)!;
    problems.add(p.row, 'parentCode', 'cycle', { value: fileParent.get(code) ?? '' });
  }
  const finalActive = (code: string): boolean | undefined => {
    const p = inFile.get(code);
    return p ? (p.active ?? stored.get(code)?.active ?? true) : stored.get(code)?.active;
  };
  await checkActive(db, rows, stored, fileParent, finalActive, problems);

  const plan: UnitsPlan = { inserts: [], updates: [], unchanged: 0 };
  for (const p of rows) {
    if (problems.hasRow(p.row)) continue;
    const existing = stored.get(p.code);
    const parentCode = fileParent.get(p.code) ?? null;
    const active = finalActive(p.code) ?? true;
    if (!existing) {
      plan.inserts.push({
        code: p.code,
        name: p.name!,
        kind: p.kind!,
        parentCode: parentCode!,
        sortOrder: p.sortOrder ?? undefined,
        active,
      });
      continue;
    }
    const next = { name: p.name!, kind: p.kind!, sortOrder: p.sortOrder ?? existing.sortOrder, active, parentCode };
    const moved = parentCode !== existing.parentCode;
    const same =
      !moved &&
      next.name === existing.name &&
      next.kind === existing.kind &&
      next.sortOrder === existing.sortOrder &&
      next.active === existing.active;
    if (same) plan.unchanged++;
    else plan.updates.push({ stored: existing, ...next, moveDepth: moved ? tree.depth(p.code) : null });
  }
  return plan;
}

/**
 * The parent a row gives (a blank keeps a stored unit's parent). Unchanged
 * parents pass as they are (a scope root's parent lies outside the scope);
 * a new parent must be in the file or a stored unit inside the scope.
 */
function resolveParent(
  p: ParsedUnit,
  existing: StoredUnit | undefined,
  stored: ReadonlyMap<string, StoredUnit>,
  inFile: ReadonlyMap<string, ParsedUnit>,
  scope: readonly string[],
  problems: Problems,
): string | null {
  const given = p.parentCode;
  if (!given) {
    if (existing) return existing.parentCode;
    if (!p.parentInvalid) problems.add(p.row, 'parentCode', 'required_for_new');
    return null;
  }
  if (given === p.code) {
    problems.add(p.row, 'parentCode', 'cycle', { value: given });
    return null;
  }
  if (existing && given === existing.parentCode) return given;
  if (inFile.has(given)) return given;
  const parent = stored.get(given);
  if (parent && pathInScope(parent.path, scope)) return given;
  problems.add(p.row, 'parentCode', 'unknown_ref', { value: given });
  return null;
}

/** No active unit under an inactive one, in the tree as the file leaves it. */
async function checkActive(
  db: Db,
  rows: readonly ParsedUnit[],
  stored: ReadonlyMap<string, StoredUnit>,
  fileParent: ReadonlyMap<string, string | null>,
  finalActive: (code: string) => boolean | undefined,
  problems: Problems,
): Promise<void> {
  const activeChildren = new Map<string, string[]>();
  const addChild = (parent: string, child: string) => {
    const list = activeChildren.get(parent);
    if (list) list.push(child);
    else activeChildren.set(parent, [child]);
  };
  for (const p of rows) {
    const parent = fileParent.get(p.code);
    if (!finalActive(p.code) || !parent) continue;
    if (finalActive(parent) === false) problems.add(p.row, 'active', 'inactive_parent', { value: parent });
    addChild(parent, p.code);
  }
  const closing = rows.filter((p) => finalActive(p.code) === false && stored.get(p.code)?.active);
  if (closing.length) {
    // Stored active children that the file does not mention stay where they are, active.
    const ids = closing.map((p) => stored.get(p.code)!.id);
    const children = rowsOf<{ code: string; parent_code: string }>(
      await db.execute(sql`
        select c.code, p.code as parent_code from units c join units p on p.id = c.parent_id
        where c.active and c.parent_id = any(${arrayParam(ids)}::int[])`),
    );
    for (const c of children) if (!fileParent.has(c.code)) addChild(c.parent_code, c.code);
  }
  for (const p of rows) {
    const children = activeChildren.get(p.code);
    if (finalActive(p.code) === false && children?.length) {
      problems.add(p.row, 'active', 'active_children', { value: children.slice(0, 3).join('、') });
    }
  }
}
