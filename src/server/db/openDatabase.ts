import type { Database } from './database.ts';
import { openPglite } from './pglite.ts';
import { openPostgres } from './postgres.ts';

export interface StorageConfig {
  /** postgres://… when set: PostgreSQL; else embedded PGlite in dataDir. */
  databaseUrl: string | undefined;
  dataDir: string;
}

export function openDatabase(config: StorageConfig): Promise<Database> {
  return config.databaseUrl ? openPostgres(config.databaseUrl) : openPglite(config.dataDir);
}

/** Where the data lives, for log lines: never prints a password. */
export function describeStorage(config: StorageConfig): string {
  if (!config.databaseUrl) return `PGlite i ${config.dataDir}`;
  try {
    const url = new URL(config.databaseUrl);
    return `PostgreSQL på ${url.hostname}${url.port ? `:${url.port}` : ''}${url.pathname}`;
  } catch {
    return 'PostgreSQL';
  }
}
