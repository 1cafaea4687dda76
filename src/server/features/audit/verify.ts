import { createHash } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { AuditChainProblem, AuditVerifyResult } from '../../../contracts/audit.ts';
import type { Db } from '../../db/client.ts';
import { rowsOf } from '../../db/sql.ts';

const GENESIS = '0'.repeat(64);
const MAX_PROBLEMS = 100;

interface ChainRow {
  seq: string | number;
  prev_hash: string;
  hash: string;
  canon: string;
}

/**
 * Walks the whole chain in seq order and recomputes each hash from the row's
 * canonical text (the same SQL function the insert trigger hashes). Any edited
 * field, removed row or re-ordered row shows up as a problem.
 */
export async function verifyAuditChain(db: Db, batch = 5000): Promise<AuditVerifyResult> {
  const problems: AuditVerifyResult['problems'] = [];
  const note = (seq: number, code: AuditChainProblem, problem: string) => {
    if (problems.length < MAX_PROBLEMS) problems.push({ seq, code, problem });
  };
  let checked = 0;
  let prevSeq: number | null = null;
  let prevHash: string | null = null;
  for (;;) {
    const rows: ChainRow[] = rowsOf<ChainRow>(
      await db.execute(sql`
        select a.seq, a.prev_hash, a.hash, audit_canonical(a) as canon
        from audit_log a
        where a.seq > ${prevSeq ?? 0}
        order by a.seq
        limit ${batch}`),
    );
    for (const row of rows) {
      const seq = Number(row.seq);
      if (prevSeq === null) {
        if (seq !== 1) {
          // Rows before this one may only be gone through the retention purge, which left a marker.
          const marker = rowsOf<{ n: string | number }>(
            await db.execute(sql`
              select count(*) as n from audit_log
              where action = 'audit.purge'
                and (diff->>'throughSeq')::bigint = ${seq - 1}
                and diff->>'throughHash' = ${row.prev_hash}`),
          );
          if (Number(marker[0]?.n ?? 0) === 0) note(seq, 'head_missing', `rows before seq ${seq} are missing`);
        } else if (row.prev_hash !== GENESIS) {
          note(seq, 'genesis_mismatch', 'first row does not start the chain');
        }
      } else {
        if (seq !== prevSeq + 1) note(seq, 'rows_missing', `rows ${prevSeq + 1}–${seq - 1} are missing`);
        if (row.prev_hash !== prevHash) note(seq, 'link_broken', 'previous-hash link is broken');
      }
      const expected = createHash('sha256').update(`${row.prev_hash}\x1e${row.canon}`, 'utf8').digest('hex');
      if (expected !== row.hash) note(seq, 'content_mismatch', 'row content does not match its hash');
      prevSeq = seq;
      prevHash = row.hash;
      checked++;
    }
    if (rows.length < batch) break;
  }
  return { ok: problems.length === 0, checked, headSeq: prevSeq, headHash: prevHash, problems };
}
