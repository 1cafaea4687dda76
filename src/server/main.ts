import { buildApp } from './app.ts';
import { loadConfig } from './config.ts';
import { openDatabase } from './db/client.ts';
import { runMigrations } from './db/migrate.ts';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './demo/accounts.ts';
import { databaseIsEmpty, seedDemo } from './demo/seed.ts';
import { fieldCipher, loadDataKey } from './platform/crypto.ts';

/** Starts the platform: database, migrations, demo data when fresh, HTTP, graceful shutdown. */
async function main(): Promise<void> {
  const config = loadConfig();
  const dataKey = loadDataKey(process.env, config.dataDir);
  config.dataKey = dataKey;
  const database = await openDatabase({ url: config.databaseUrl, dataDir: config.dataDir });
  await runMigrations(database);
  let seeded: string | null = null;
  if (config.demo && (await databaseIsEmpty(database.db))) {
    const t0 = performance.now();
    const s = await seedDemo(database.db, fieldCipher(dataKey), { scale: 'province' });
    seeded = `${s.units} units, ${s.people} people, ${s.partyOrgs} party orgs in ${((performance.now() - t0) / 1000).toFixed(1)} s`;
  }
  const app = await buildApp(config, database);
  await app.listen({ host: config.host, port: config.port });

  const where = `http://${config.host === '0.0.0.0' ? '127.0.0.1' : config.host}:${config.port}`;
  const lines = [
    '',
    `联点 Liandian is running: open ${where}`,
    config.databaseUrl ? 'Database: PostgreSQL (DATABASE_URL)' : `Database: embedded PGlite in ${config.dataDir}`,
  ];
  if (config.demo) {
    lines.push(
      seeded ? `Demo data loaded into the new database (${seeded}).` : 'Demo mode.',
      `Demo accounts (password ${DEMO_PASSWORD}): ${DEMO_ACCOUNTS.map((a) => a.username).join(', ')}`,
    );
  } else if (config.databaseUrl) {
    lines.push('No demo data. Create the first administrator: npm run admin:create -- --username <name>');
  }
  process.stdout.write(`${lines.join('\n')}\n\n`);

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    app.shuttingDown = true;
    app.log.info({ signal }, 'shutting down');
    const force = setTimeout(() => {
      app.log.error('shutdown took too long; exiting');
      process.exit(1);
    }, config.shutdownTimeoutSeconds * 1000);
    force.unref();
    // Let a load balancer see /readyz go 503 before the listener closes.
    if (config.shutdownDrainSeconds > 0) await new Promise((r) => setTimeout(r, config.shutdownDrainSeconds * 1000));
    // Stop accepting and wait for in-flight requests. Keep-alive connections whose
    // request finishes after this point would hold the close open, so sweep them.
    const sweeper = setInterval(() => app.server.closeIdleConnections(), 200);
    await app.close();
    clearInterval(sweeper);
    await database.close();
    process.exit(0);
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
}

main().catch((err: unknown) => {
  process.stderr.write(
    `Liandian failed to start: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`,
  );
  process.exit(1);
});
