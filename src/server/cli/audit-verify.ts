import { verifyAuditChain } from '../features/audit/verify.ts';
import { openConfiguredDatabase } from './open.ts';

/**
 * npm run audit:verify — walks the audit chain and exits 0 when intact, 1 when
 * any row was edited, removed or re-ordered (each problem is printed).
 */
const database = await openConfiguredDatabase();
try {
  const result = await verifyAuditChain(database.db);
  if (result.ok) {
    process.stdout.write(
      `Audit chain intact: ${result.checked} rows, head seq ${result.headSeq ?? '-'} hash ${result.headHash ?? '-'}\n`,
    );
  } else {
    process.stdout.write(`Audit chain BROKEN (${result.problems.length} problem(s) in ${result.checked} rows):\n`);
    for (const p of result.problems) process.stdout.write(`  seq ${p.seq}: ${p.problem}\n`);
    process.exitCode = 1;
  }
} finally {
  await database.close();
}
