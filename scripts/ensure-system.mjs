#!/usr/bin/env node
// Makes sure the system packages the tests need are present: Chromium (end-to-end),
// Noto CJK fonts (Chinese text in screenshots) and the PostgreSQL server binaries.
// As root it installs what is missing with apt-get; otherwise it stops and prints
// the exact command to run.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

function hasPostgres() {
  const base = '/usr/lib/postgresql';
  return fs.existsSync(base) && fs.readdirSync(base).some((v) => fs.existsSync(path.join(base, v, 'bin', 'initdb')));
}

function hasCjkFont() {
  const dirs = ['/usr/share/fonts/opentype/noto', '/usr/share/fonts/truetype/noto'];
  return dirs.some((d) => fs.existsSync(d) && fs.readdirSync(d).some((f) => /CJK/i.test(f)));
}

const checks = [
  { pkg: 'chromium', ok: () => fs.existsSync('/usr/bin/chromium') },
  { pkg: 'fonts-noto-cjk', ok: hasCjkFont },
  // An external server in TEST_PG_URL replaces the throwaway cluster.
  { pkg: 'postgresql', ok: () => Boolean(process.env.TEST_PG_URL) || hasPostgres() },
];

const missing = checks.filter((c) => !c.ok()).map((c) => c.pkg);
if (missing.length === 0) process.exit(0);

const command = `apt-get install -y --no-install-recommends ${missing.join(' ')}`;
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (!isRoot) {
  process.stderr.write(
    `The tests need system packages that are missing: ${missing.join(', ')}.\nRun:\n  sudo apt-get update && sudo ${command}\n`,
  );
  process.exit(1);
}

process.stdout.write(`Installing system packages for the tests: ${missing.join(', ')}\n`);
const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
const run = (args) => spawnSync('apt-get', args, { stdio: 'inherit', env }).status === 0;
// Try without refreshing the index first (fast when it is current), then refresh and retry.
if (!run(['install', '-y', '--no-install-recommends', ...missing])) {
  if (!run(['update']) || !run(['install', '-y', '--no-install-recommends', ...missing])) {
    process.stderr.write(`apt-get could not install ${missing.join(', ')}; try: ${command}\n`);
    process.exit(1);
  }
}
const still = checks.filter((c) => !c.ok()).map((c) => c.pkg);
if (still.length) {
  process.stderr.write(`Still missing after install: ${still.join(', ')}\n`);
  process.exit(1);
}
