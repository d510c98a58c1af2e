import pg from 'pg';
import type { Database, Queryable, Row } from './database.ts';

const INT8_OID = 20;
/** int8 as a JS number, as `pglite.ts` does: seq numbers stay far below 2^53. */
const types = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === INT8_OID ? (value: string) => Number(value) : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
};

export interface PostgresOptions {
  /** Tests give each file a schema of its own. */
  searchPath?: string;
  maxConnections?: number;
}

/** A pool of connections to PostgreSQL at `url` (postgres://user:password@host:port/db). */
export async function openPostgres(url: string, options: PostgresOptions = {}): Promise<Database> {
  const pool = new pg.Pool({
    connectionString: url,
    max: options.maxConnections ?? 10,
    types,
    ...(options.searchPath ? { options: `-c search_path=${options.searchPath}` } : {}),
  });
  // An idle connection that the server drops must not crash the process.
  pool.on('error', (error) => console.error(`PostgreSQL: ${error.message}`));
  // Fail at start with a clear message rather than at the first request.
  const client = await pool.connect().catch(async (error: Error) => {
    await pool.end();
    throw new Error(`Kunne ikke koble til PostgreSQL (DATABASE_URL): ${error.message}`);
  });
  client.release();

  return {
    kind: 'postgres',
    ...wrap(pool),
    async transaction(work) {
      const conn = await pool.connect();
      try {
        await conn.query('BEGIN');
        const result = await work(wrap(conn));
        await conn.query('COMMIT');
        return result;
      } catch (error) {
        await conn.query('ROLLBACK').catch(() => {});
        throw error;
      } finally {
        conn.release();
      }
    },
    close: () => pool.end(),
  };
}

function wrap(target: pg.Pool | pg.PoolClient): Queryable {
  return {
    async query<T extends Row>(sql: string, params: readonly unknown[] = []) {
      const result = await target.query<T>(sql, [...params]);
      return result.rows;
    },
    async exec(sql: string) {
      // Without parameters pg uses the simple protocol, which runs several statements.
      await target.query(sql);
    },
  };
}
