import { parseArgs } from 'node:util';
import { eq } from 'drizzle-orm';
import { USERNAME_PATTERN } from '../../contracts/accounts.ts';
import { SEPARATED_ADMIN_ROLES } from '../../contracts/roles.ts';
import { loadConfig } from '../config.ts';
import { accountRoles, accounts } from '../db/schema/accounts.ts';
import { rememberPassword } from '../features/auth/password.ts';
import { writeAudit } from '../platform/audit.ts';
import { generateOneTimePassword, hashPassword } from '../platform/passwords.ts';
import { readSecuritySettings } from '../platform/security-settings.ts';
import { fail, openConfiguredDatabase } from './open.ts';

/**
 * npm run admin:create -- --username <name> [--name <display name>] [--role sysadmin|secadmin|auditor]
 *
 * Bootstraps an installation without demo data: creates an administrator with
 * a one-time password (printed once, to be changed at first login). The system
 * administrator cannot grant roles, so the first security administrator is
 * created here too (--role secadmin).
 */
const { values } = parseArgs({
  options: {
    username: { type: 'string' },
    name: { type: 'string' },
    role: { type: 'string', default: 'sysadmin' },
  },
});

const username = values.username?.trim().toLowerCase();
if (!username || !USERNAME_PATTERN.test(username)) {
  fail(
    'Usage: npm run admin:create -- --username <name> [--name <display name>] [--role sysadmin|secadmin|auditor]\n' +
      'The username is 3–32 letters, digits, "_", "." or "-", starting with a letter.',
  );
}
const role = values.role as (typeof SEPARATED_ADMIN_ROLES)[number];
if (!SEPARATED_ADMIN_ROLES.includes(role)) fail(`--role must be one of ${SEPARATED_ADMIN_ROLES.join(', ')}`);

const database = await openConfiguredDatabase();
try {
  const [exists] = await database.db.select({ id: accounts.id }).from(accounts).where(eq(accounts.username, username));
  if (exists) fail(`An account named "${username}" already exists.`);
  const policy = (await readSecuritySettings(database.db, loadConfig().securityDefaults)).value;
  const oneTimePassword = generateOneTimePassword();
  const passwordHash = await hashPassword(oneTimePassword);
  const displayName = values.name?.trim() || username;
  await database.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(accounts)
      .values({ username, displayName, passwordHash, mustChangePassword: true })
      .returning({ id: accounts.id });
    await tx.insert(accountRoles).values({ accountId: row!.id, role });
    await rememberPassword(tx, row!.id, passwordHash, policy.passwordHistory);
    await writeAudit(
      tx,
      { actorId: null, actorUsername: 'cli', ip: null, requestId: null },
      {
        action: 'account.create',
        targetType: 'account',
        targetId: row!.id,
        before: null,
        after: { username, displayName, roles: [role], mustChangePassword: true },
      },
    );
  });
  process.stdout.write(
    `Created ${role} account "${username}".\nOne-time password (shown once; it must be changed at first login):\n${oneTimePassword}\n`,
  );
} finally {
  await database.close();
}
