import { mkdirSync } from 'node:fs';
import { PGlite, types, type PGliteInterface, type Transaction } from '@electric-sql/pglite';
import type { Database, Queryable, Row } from './database.ts';
import { lockDataDir } from './dataDirLock.ts';

/** int8 as a JS number, the same as `postgres.ts` does: seq numbers stay far below 2^53. */
const parsers = { [types.INT8]: (value: string) => Number(value) };

/**
 * Embedded PostgreSQL (WebAssembly) in this process. With `dataDir` the data
 * lives in that folder, which only one process may open at a time (a lock
 * file says who has it); without, it lives in memory (tests).
 */
export async function openPglite(dataDir?: string): Promise<Database> {
  let unlock = () => {};
  if (dataDir !== undefined) {
    mkdirSync(dataDir, { recursive: true });
    unlock = lockDataDir(dataDir);
  }
  let pg: PGlite;
  try {
    pg = await PGlite.create(dataDir, { parsers });
  } catch (error) {
    unlock();
    throw error;
  }
  return fromPglite(pg, unlock);
}

/** A Database over an open PGlite (or a clone of one: tests copy a blank one rather than start another). */
export function fromPglite(pg: PGliteInterface, onClose: () => void = () => {}): Database {
  return {
    kind: 'pglite',
    ...wrap(pg),
    transaction: (work) => pg.transaction((tx) => work(wrap(tx))),
    close: async () => {
      try {
        await pg.close();
      } finally {
        onClose();
      }
    },
  };
}

function wrap(target: PGliteInterface | Transaction): Queryable {
  return {
    async query<T extends Row>(sql: string, params: readonly unknown[] = []) {
      const result = await target.query<T>(sql, [...params]);
      return result.rows;
    },
    async exec(sql: string) {
      await target.exec(sql);
    },
  };
}
