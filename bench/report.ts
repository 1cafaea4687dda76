import fs from 'node:fs';
import path from 'node:path';

/** docs/benchmarks.md holds one section per benchmark script, each between its own markers. */
export const BENCHMARKS_DOC = path.resolve(import.meta.dirname, '../docs/benchmarks.md');

/** Replaces (or appends) the section named `name` of docs/benchmarks.md, leaving the others. */
export function writeSection(name: string, markdown: string): void {
  const start = `<!-- ${name}:start -->`;
  const end = `<!-- ${name}:end -->`;
  const section = `${start}\n${markdown.trim()}\n${end}`;
  const doc = fs.existsSync(BENCHMARKS_DOC) ? fs.readFileSync(BENCHMARKS_DOC, 'utf8') : '# Benchmarks\n';
  const from = doc.indexOf(start);
  const to = doc.indexOf(end);
  const next =
    from >= 0 && to > from
      ? doc.slice(0, from) + section + doc.slice(to + end.length)
      : `${doc.replace(/\n*$/, '\n\n')}${section}\n`;
  fs.writeFileSync(BENCHMARKS_DOC, next);
  process.stdout.write(`\nWrote the ${name} section of ${path.relative(process.cwd(), BENCHMARKS_DOC)}\n`);
}

/** Median and 95th percentile of timing samples. */
export function stats(samples: number[]): { median: number; p95: number } {
  const s = [...samples].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.floor(q * s.length))]!;
  return { median: at(0.5), p95: at(0.95) };
}

/** Milliseconds as the tables show them: whole above 100, one decimal below. */
export const fmt = (ms: number) => (ms >= 100 ? ms.toFixed(0) : ms.toFixed(1));

/** "< target ✓" or "< target ✗" for a row with a target (the target applies to the median). */
export const verdict = (r: { median: number; target: number | null }) =>
  r.target === null ? '' : r.median <= r.target ? `< ${r.target} ✓` : `< ${r.target} ✗`;

/** One line of a benchmark table: what was timed on which engine, and its figures. */
export interface BenchRow {
  engine: string;
  what: string;
  median: number;
  p95: number;
  runs: number;
  target: number | null;
}
