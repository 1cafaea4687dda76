import { loadConfig } from '../config.ts';
import { type Database, openDatabase } from '../db/client.ts';
import { runMigrations } from '../db/migrate.ts';

/**
 * Opens the database the server would use (DATABASE_URL, else the embedded one
 * in DATA_DIR), migrated. The embedded database admits one process at a time:
 * stop the server before running a CLI command against it.
 */
export async function openConfiguredDatabase(): Promise<Database> {
  const config = loadConfig();
  const database = await openDatabase({ url: config.databaseUrl, dataDir: config.dataDir, poolSize: 2 });
  await runMigrations(database);
  return database;
}

export function fail(message: string, code = 2): never {
  process.stderr.write(`${message}\n`);
  process.exit(code);
}
