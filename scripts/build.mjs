#!/usr/bin/env node
// Builds what changed: the server (tsc → dist/server) and the web client (vite → dist/web).
// A fingerprint of the inputs (paths, sizes, modification times) is kept in dist/, so
// `npm start` after an unchanged checkout starts at once.
//   node scripts/build.mjs            both, if changed
//   node scripts/build.mjs --server   server only (CLI tools)
//   node scripts/build.mjs --force    rebuild regardless
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = new Set(process.argv.slice(2));
const force = args.has('--force');
const onlyServer = args.has('--server');
const onlyWeb = args.has('--web');

function walk(p, out) {
  if (!fs.existsSync(p)) return;
  const st = fs.statSync(p);
  if (st.isDirectory()) {
    for (const name of fs.readdirSync(p).sort()) {
      if (name === 'node_modules' || name.startsWith('.')) continue;
      walk(path.join(p, name), out);
    }
  } else if (!/\.test\.tsx?$/.test(p)) {
    out.push(`${path.relative(root, p)}:${st.size}:${Math.floor(st.mtimeMs)}`);
  }
}

function fingerprint(inputs) {
  const entries = [];
  for (const i of inputs) walk(path.join(root, i), entries);
  return createHash('sha256').update(entries.join('\n')).digest('hex');
}

function run(label, cmd, cmdArgs) {
  const started = Date.now();
  process.stdout.write(`building ${label}…\n`);
  const r = spawnSync(process.execPath, [cmd, ...cmdArgs], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) {
    process.stderr.write(`build of ${label} failed\n`);
    process.exit(r.status ?? 1);
  }
  process.stdout.write(`built ${label} in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
}

const targets = [
  {
    label: 'server',
    enabled: !onlyWeb,
    stamp: 'dist/.build-server',
    inputs: ['src/server', 'src/contracts', 'tsconfig.base.json', 'tsconfig.server.json', 'package-lock.json'],
    output: 'dist/server/main.js',
    cmd: 'node_modules/typescript/bin/tsc',
    args: ['-p', 'tsconfig.server.json'],
  },
  {
    label: 'web client',
    enabled: !onlyServer,
    stamp: 'dist/.build-web',
    inputs: ['src/web', 'src/contracts', 'vite.config.ts', 'tsconfig.base.json', 'package-lock.json'],
    output: 'dist/web/index.html',
    cmd: 'node_modules/vite/bin/vite.js',
    args: ['build', '--logLevel', 'warn'],
  },
];

fs.mkdirSync(path.join(root, 'dist'), { recursive: true });
for (const t of targets) {
  if (!t.enabled) continue;
  const print = fingerprint(t.inputs);
  const stampFile = path.join(root, t.stamp);
  const current = fs.existsSync(stampFile) ? fs.readFileSync(stampFile, 'utf8') : '';
  if (!force && current === print && fs.existsSync(path.join(root, t.output))) continue;
  run(t.label, t.cmd, t.args);
  fs.writeFileSync(stampFile, print);
}
