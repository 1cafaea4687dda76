import { pathIds } from '../../platform/scope.ts';
import { cycleMembers } from './cycles.ts';
import type { StoredUnit } from './lookups.ts';

/**
 * The unit tree as it will be once a file is applied, seen from the file's rows:
 * a unit in the file hangs under the parent the file gives it; a stored unit not
 * in the file keeps its place, under its nearest ancestor that the file places.
 */
export class FinalTree {
  private readonly fileById = new Map<number, string>();
  private readonly depths = new Map<string, number>();

  constructor(
    /** Final parent code of each unit in the file (null: a root, or unresolved). */
    private readonly fileParent: ReadonlyMap<string, string | null>,
    private readonly stored: ReadonlyMap<string, StoredUnit>,
  ) {
    for (const code of fileParent.keys()) {
      const s = stored.get(code);
      if (s) this.fileById.set(s.id, code);
    }
  }

  /** The next unit up: the file's parent, or the nearest stored ancestor that the file places. */
  private up(code: string): string | null {
    if (this.fileParent.has(code)) return this.fileParent.get(code) ?? null;
    const s = this.stored.get(code);
    if (!s) return null;
    const ancestors = pathIds(s.path).slice(0, -1).reverse();
    for (const id of ancestors) {
      const inFile = this.fileById.get(id);
      if (inFile !== undefined) return inFile;
    }
    return null; // anchored in the stored tree, above everything the file touches
  }

  /** The units of the file that would sit under themselves. */
  cycles(): Set<string> {
    const members = cycleMembers(this.fileParent.keys(), (code) => this.up(code));
    return new Set([...members].filter((code) => this.fileParent.has(code)));
  }

  /** Depth in the final tree (only for units outside cycles): moves run top-down by it. */
  depth(code: string): number {
    const known = this.depths.get(code);
    if (known !== undefined) return known;
    let d: number;
    const s = this.stored.get(code);
    const parent = this.up(code);
    if (this.fileParent.has(code)) d = parent === null ? (s?.level ?? 1) : this.depth(parent) + 1;
    else if (parent === null) d = s?.level ?? 1;
    else d = this.depth(parent) + (s?.level ?? 0) - (this.stored.get(parent)?.level ?? 0);
    this.depths.set(code, d);
    return d;
  }
}
