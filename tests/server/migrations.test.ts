import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/server/db/database.ts';
import { migrate, readMigrations } from '../../src/server/db/migrate.ts';
import { adminQuery, backends, databaseUrl, newSchemaName, openSchema } from './backends.ts';

describe('migration files', () => {
  it('are read in name order, skipping files that are not migrations', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'femtrinn-migrations-'));
    try {
      await writeFile(path.join(dir, '002_second.sql'), 'SELECT 2;');
      await writeFile(path.join(dir, '001_first.sql'), 'SELECT 1;');
      await writeFile(path.join(dir, 'README.md'), '# not SQL');
      expect(readMigrations(dir).map((m) => m.version)).toEqual(['001_first', '002_second']);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('start with the initial schema', () => {
    expect(readMigrations()[0]?.version).toBe('001_initial');
  });
});

describe.each(backends)('migrations on $name', (backend) => {
  const opened: Database[] = [];
  afterAll(async () => {
    for (const db of opened) await db.close();
  });

  it('run once, in order, and are recorded in schema_migrations', async () => {
    const db = await backend.openBlank();
    opened.push(db);
    const all = readMigrations();
    expect(await migrate(db)).toEqual(all.map((m) => m.version));
    expect(await migrate(db)).toEqual([]);
    const rows = await db.query<{ version: string }>('SELECT version FROM schema_migrations ORDER BY version');
    expect(rows.map((r) => r.version)).toEqual(all.map((m) => m.version));
    // The tables are there and empty.
    expect(await db.query('SELECT * FROM changes')).toEqual([]);
  });

  it('apply a later migration on top and record it', async () => {
    const db = await backend.openBlank();
    opened.push(db);
    await migrate(db);
    const later = [
      ...readMigrations(),
      { version: '999_test_extra', sql: 'CREATE TABLE test_extra (id int); CREATE TABLE test_extra_2 (id int);' },
    ];
    expect(await migrate(db, later)).toEqual(['999_test_extra']);
    expect(await db.query('SELECT * FROM test_extra_2')).toEqual([]);
  });

  it('leave nothing behind when a migration fails', async () => {
    const db = await backend.openBlank();
    opened.push(db);
    const broken = [
      ...readMigrations(),
      { version: '999_broken', sql: 'CREATE TABLE half_done (id int); SELECT no_such_column FROM teams;' },
    ];
    await expect(migrate(db, broken)).rejects.toThrow(/no_such_column/);
    const tables = await db.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM information_schema.tables WHERE table_name IN ('half_done', 'teams') AND table_schema = current_schema()",
    );
    expect(tables[0]?.n).toBe(0);
  });
});

describe.runIf(databaseUrl)('migrations on PostgreSQL with several servers starting at once', () => {
  it('are applied by one server while the others wait and find nothing left', async () => {
    const schema = newSchemaName();
    await adminQuery(databaseUrl!, `CREATE SCHEMA ${schema}`);
    const servers = await Promise.all([1, 2, 3].map(() => openSchema(databaseUrl!, { schema, migrate: false })));
    try {
      const applied = await Promise.all(servers.map((db) => migrate(db)));
      expect(applied.filter((versions) => versions.length > 0)).toHaveLength(1);
      const rows = await servers[0]!.query('SELECT version FROM schema_migrations');
      expect(rows).toHaveLength(readMigrations().length);
    } finally {
      for (const db of servers) await db.close();
      await adminQuery(databaseUrl!, `DROP SCHEMA ${schema} CASCADE`);
    }
  });
});
