import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { startNode, testConfig } from '../../../tests/helpers/app.ts';
import { createTestDatabase, testDbKind } from '../../../tests/helpers/db.ts';
import type { Me } from '../../contracts/auth.ts';
import { openDatabase } from '../db/client.ts';

function adminCreate(args: string[], env: Record<string, string>) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/server/cli/admin-create.ts', ...args], {
    env: { ...process.env, ...env },
    encoding: 'utf8',
  });
  return { status: r.status, out: r.stdout, err: r.stderr };
}

describe('npm run admin:create', () => {
  it('bootstraps an empty installation with an administrator who must change the one-time password', async () => {
    const isPg = testDbKind() === 'postgres';
    const t = isPg ? await createTestDatabase() : null;
    const dir = isPg ? null : fs.mkdtempSync(path.join(os.tmpdir(), 'liandian-admin-'));
    const env: Record<string, string> = isPg ? { DATABASE_URL: t!.url! } : { DATA_DIR: dir! };
    try {
      const created = adminCreate(['--username', 'Root.Admin', '--name', '系统管理员'], env);
      expect(created.status).toBe(0);
      const otp = created.out.trim().split('\n').at(-1)!;
      expect(otp).toHaveLength(14);
      expect(adminCreate(['--username', 'root.admin'], env).status).toBe(2);
      expect(adminCreate(['--username', 'sec', '--role', 'party_admin'], env).err).toContain('--role must be one of');

      const database = isPg ? t!.database : await openDatabase({ dataDir: dir });
      const node = await startNode(database, testConfig());
      try {
        const c = node.client();
        const login = await c.login('root.admin', otp);
        expect(login.status).toBe(200);
        expect(login.body.roles).toEqual(['sysadmin']);
        expect(login.body.mustChangePassword).toBe(true);
        const me = await c.post<Me>('/api/auth/password', { currentPassword: otp, newPassword: 'Bootstrap#2027' });
        expect(me.body.mustChangePassword).toBe(false);
        expect((await c.get('/api/accounts')).status).toBe(200);
      } finally {
        await node.close();
        if (!isPg) await database.close();
      }
    } finally {
      if (t) await t.drop();
      if (dir) fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
