// The databases the server tests run against: in-memory PGlite always, and
// the PostgreSQL at DATABASE_URL when it is set (.ci/run sets it). Each test
// file opens one of each (PGlite takes ~3 s to start) and empties the tables
// between tests; on PostgreSQL each file works in a schema of its own, so
// files running at once never meet.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { Database } from '../../src/server/db/database.ts';
import { migrate } from '../../src/server/db/migrate.ts';
import { PGlite } from '@electric-sql/pglite';
import { fromPglite, openPglite } from '../../src/server/db/pglite.ts';
import { openPostgres } from '../../src/server/db/postgres.ts';

export interface Backend {
  name: 'PGlite' | 'PostgreSQL';
  /** A fresh, migrated database; close() removes it. */
  open: () => Promise<Database>;
  /** A fresh database with no tables at all. */
  openBlank: () => Promise<Database>;
}

export const databaseUrl = process.env.DATABASE_URL?.trim();

export const backends: Backend[] = [
  { name: 'PGlite', open: async () => migrated(await openPglite()), openBlank: blankPglite },
  ...(databaseUrl
    ? [
        {
          name: 'PostgreSQL' as const,
          open: () => openSchema(databaseUrl),
          openBlank: () => openSchema(databaseUrl, { migrate: false }),
        },
      ]
    : []),
];

// Starting PGlite takes seconds, copying one a fraction of that.
let blankTemplate: Promise<PGlite> | undefined;
async function blankPglite(): Promise<Database> {
  blankTemplate ??= PGlite.create();
  return fromPglite(await (await blankTemplate).clone());
}

async function migrated(db: Database): Promise<Database> {
  await migrate(db);
  return db;
}

/** A migrated database in a new schema of the PostgreSQL at `url`, dropped on close. */
export async function openSchema(url: string, options: { migrate?: boolean; schema?: string } = {}): Promise<Database> {
  const schema = options.schema ?? newSchemaName();
  if (!options.schema) await adminQuery(url, `CREATE SCHEMA ${schema}`);
  const db = await openPostgres(url, { searchPath: schema });
  if (options.migrate !== false) await migrate(db);
  return {
    ...db,
    close: async () => {
      await db.close();
      if (!options.schema) await adminQuery(url, `DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    },
  };
}

export function newSchemaName(): string {
  return `femtrinn_test_${randomBytes(6).toString('hex')}`;
}

export async function adminQuery(url: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

const TABLES = [
  'audit_log',
  'field_history',
  'applied_mutations',
  'changes',
  'team_counters',
  'records',
  'login_failures',
  'sessions',
  'devices',
  'memberships',
  'users',
  'teams',
];

/** Empties every table but schema_migrations. */
export async function resetTables(db: Database): Promise<void> {
  await db.exec(`TRUNCATE ${TABLES.join(', ')} RESTART IDENTITY CASCADE`);
}
