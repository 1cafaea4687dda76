#!/usr/bin/env node
// `npm test`: system packages → build (the end-to-end tests run the built app) → every test project.
// Extra arguments go to vitest, e.g. `npm test -- --project pglite`.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const node = (args) => spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit' }).status ?? 1;

let status = node(['scripts/ensure-system.mjs']);
if (status === 0) status = node(['scripts/build.mjs']);
if (status === 0) status = node(['node_modules/vitest/vitest.mjs', 'run', ...process.argv.slice(2)]);
process.exit(status);
