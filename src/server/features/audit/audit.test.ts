import { and, eq, sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { fileTestEnv } from '../../../../tests/helpers/app.ts';
import type { AuditEntry } from '../../../contracts/audit.ts';
import { auditLog } from '../../db/schema/audit.ts';
import { rowsOf } from '../../db/sql.ts';
import { writeAudit } from '../../platform/audit.ts';
import { verifyAuditChain } from './verify.ts';

const env = fileTestEnv();

type Page = { items: AuditEntry[]; total: number };
const system = { actorId: null, actorUsername: 'test', ip: null, requestId: null };

describe('the audit row shares the transaction of its change', () => {
  it('disappears when the transaction rolls back', async () => {
    await expect(
      env.database.db.transaction(async (tx) => {
        await writeAudit(tx, system, { action: 'test.rolled_back' });
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    const rows = await env.database.db.select().from(auditLog).where(eq(auditLog.action, 'test.rolled_back'));
    expect(rows).toHaveLength(0);
    expect((await verifyAuditChain(env.database.db)).ok).toBe(true);
  });
});

describe('append-only', () => {
  it('refuses UPDATE, DELETE and TRUNCATE', async () => {
    const db = env.database.db;
    await expect(db.execute(sql`update audit_log set action = 'x' where seq = 1`)).rejects.toThrow();
    await expect(db.execute(sql`delete from audit_log where seq = 1`)).rejects.toThrow();
    await expect(db.execute(sql`truncate audit_log`)).rejects.toThrow();
    await expect(db.execute(sql`select audit_log_purge(now())`)).resolves.toBeDefined();
    const [first] = await db.select().from(auditLog).where(eq(auditLog.seq, 1));
    expect(first?.action).toBe('demo.seed');
  });
});

describe('hash chain', () => {
  it('links every row to the previous one and verifies', async () => {
    for (const u of ['leader', 'counselor', 'secretary']) await env.as(u);
    const result = await verifyAuditChain(env.database.db, 3);
    expect(result.ok).toBe(true);
    expect(result.checked).toBe(
      Number(rowsOf<{ n: string }>(await env.database.db.execute(sql`select count(*) as n from audit_log`))[0]!.n),
    );
    const rows = await env.database.db.select().from(auditLog).orderBy(auditLog.seq).limit(3);
    expect(rows[0]!.prevHash).toBe('0'.repeat(64));
    expect(rows[1]!.prevHash).toBe(rows[0]!.hash);
    expect(rows[2]!.prevHash).toBe(rows[1]!.hash);
  });

  it('detects an edited row and a removed row (triggers bypassed by a superuser)', async () => {
    const db = env.database.db;
    for (const u of ['leader', 'counselor', 'secretary']) await env.as(u);
    // A row in the middle of the chain, with rows after it.
    const [target] = await db
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, 'auth.login'))
      .orderBy(auditLog.seq)
      .limit(1);
    await db.execute(sql`alter table audit_log disable trigger audit_log_guard_row`);
    try {
      await db.execute(sql`update audit_log set actor_username = 'someone-else' where seq = ${target!.seq}`);
      const edited = await verifyAuditChain(db);
      expect(edited.ok).toBe(false);
      expect(edited.problems).toContainEqual({
        seq: target!.seq,
        code: 'content_mismatch',
        problem: 'row content does not match its hash',
      });
      await db.execute(sql`update audit_log set actor_username = ${target!.actorUsername} where seq = ${target!.seq}`);
      expect((await verifyAuditChain(db)).ok).toBe(true);

      const victim = target!.seq + 1;
      const saved = rowsOf<Record<string, unknown>>(
        await db.execute(sql`select * from audit_log where seq = ${victim}`),
      )[0]!;
      await db.execute(sql`delete from audit_log where seq = ${victim}`);
      const removed = await verifyAuditChain(db);
      expect(removed.ok).toBe(false);
      expect(removed.problems).toContainEqual(expect.objectContaining({ seq: victim + 1, code: 'rows_missing' }));
      // Put it back exactly (bypassing the chain trigger too) so later tests see an intact chain.
      await db.execute(sql`alter table audit_log disable trigger audit_log_chain_before_insert`);
      await db.execute(sql`insert into audit_log overriding system value
        select * from json_populate_record(null::audit_log, ${JSON.stringify(saved)}::json)`);
      await db.execute(sql`alter table audit_log enable trigger audit_log_chain_before_insert`);
      expect((await verifyAuditChain(db)).ok).toBe(true);
    } finally {
      await db.execute(sql`alter table audit_log enable trigger audit_log_guard_row`);
    }
  });
});

describe('audit log API (audit administrator)', () => {
  it('searches by actor, action and time range, newest first, with totals', async () => {
    await env.as('counselor');
    await env.as('counselor');
    const auditor = await env.as('auditor');
    const res = await auditor.get<Page>('/api/audit?actor=counselor&action=auth.login&pageSize=1');
    expect(res.status).toBe(200);
    const expected = await env.database.db
      .select()
      .from(auditLog)
      .where(and(sql`${auditLog.actorUsername} ilike '%counselor%'`, sql`${auditLog.action} like 'auth.login%'`));
    expect(res.body.total).toBe(expected.length);
    expect(res.body.items).toHaveLength(1);
    expect(res.body.items[0]!.seq).toBe(Math.max(...expected.map((e) => e.seq)));
    const future = await auditor.get<Page>(
      `/api/audit?from=${encodeURIComponent(new Date(Date.now() + 3600_000).toISOString())}`,
    );
    expect(future.body.total).toBe(0);
  });

  it('masks secrets in diffs', async () => {
    const auditor = await env.as('auditor');
    const res = await auditor.get<Page>('/api/audit?action=auth.password_change');
    for (const e of res.body.items) expect(JSON.stringify(e.diff)).not.toMatch(/argon2/);
  });

  it('exports the filtered rows as xlsx, and the export is itself audited', async () => {
    const auditor = await env.as('auditor');
    const list = await auditor.get<Page>('/api/audit?action=auth.login&pageSize=200');
    const res = await auditor.get<Buffer>('/api/audit/export?action=auth.login');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('spreadsheetml');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.body as unknown as ArrayBuffer);
    const sheet = wb.worksheets[0]!;
    expect(sheet.name).toBe('审计日志');
    expect(sheet.getRow(1).getCell(7).value).toBe('操作');
    expect(sheet.rowCount - 1).toBe(list.body.total);
    const exported = await env.database.db.select().from(auditLog).where(eq(auditLog.action, 'audit.export'));
    expect(exported.at(-1)?.diff).toMatchObject({ filters: { action: 'auth.login' } });
  });

  it('reports chain integrity', async () => {
    const auditor = await env.as('auditor');
    const res = await auditor.get<{ ok: boolean; checked: number }>('/api/audit/verify');
    expect(res.body.ok).toBe(true);
    const [count] = rowsOf<{ n: string }>(await env.database.db.execute(sql`select count(*) as n from audit_log`));
    expect(res.body.checked).toBe(Number(count!.n));
  });
});
