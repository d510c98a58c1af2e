/**
 * The one small interface the server's SQL goes through, with two
 * implementations: embedded PGlite (`pglite.ts`) and PostgreSQL (`postgres.ts`).
 * Both take the same SQL. Values that are not plain text or numbers (objects,
 * arrays, batches of rows) are passed as one JSON text parameter cast to
 * `::jsonb`, which both engines read the same way.
 */
export type Row = Record<string, unknown>;

export interface Queryable {
  /** One statement with `$1…` parameters; resolves to its rows. */
  query<T extends Row = Row>(sql: string, params?: readonly unknown[]): Promise<T[]>;
  /** A script of several statements without parameters (migrations). */
  exec(sql: string): Promise<void>;
}

export interface Database extends Queryable {
  readonly kind: 'pglite' | 'postgres';
  /**
   * Runs `work` in one transaction: it commits when `work` resolves and rolls
   * back when it throws. Use only `tx` inside: on PGlite the database itself
   * waits for the transaction to end, so a query on it there would hang.
   */
  transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}
