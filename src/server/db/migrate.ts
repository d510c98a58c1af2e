import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Database } from './database.ts';

export const MIGRATIONS_DIR = fileURLToPath(new URL('../migrations/', import.meta.url));

/** Any fixed number: every Femtrinn server takes this lock to migrate. */
const MIGRATION_LOCK = 7_160_245_011;

export interface Migration {
  version: string;
  sql: string;
}

/** `001_initial.sql`, `002_….sql`, … in name order. */
export function readMigrations(dir = MIGRATIONS_DIR): Migration[] {
  return readdirSync(dir)
    .filter((name) => /^\d{3}_[a-z0-9_]+\.sql$/.test(name))
    .sort()
    .map((name) => ({ version: name.replace(/\.sql$/, ''), sql: readFileSync(`${dir}/${name}`, 'utf8') }));
}

/**
 * Applies the migrations not yet recorded in `schema_migrations`, in order,
 * all in one transaction. The transaction first takes an advisory lock, so
 * when several servers start at once against one PostgreSQL, one migrates and
 * the others wait, then find nothing left to do. Returns the versions applied.
 */
export async function migrate(db: Database, migrations = readMigrations(), now = new Date()): Promise<string[]> {
  return db.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await tx.exec('CREATE TABLE IF NOT EXISTS schema_migrations (version text PRIMARY KEY, applied_at timestamptz NOT NULL)');
    const done = new Set((await tx.query<{ version: string }>('SELECT version FROM schema_migrations')).map((row) => row.version));
    const applied: string[] = [];
    for (const migration of migrations) {
      if (done.has(migration.version)) continue;
      await tx.exec(migration.sql);
      await tx.query('INSERT INTO schema_migrations (version, applied_at) VALUES ($1, $2)', [migration.version, now.toISOString()]);
      applied.push(migration.version);
    }
    return applied;
  });
}
