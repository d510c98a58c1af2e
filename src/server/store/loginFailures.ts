import type { Queryable } from '../db/database.ts';

/**
 * Failed logins per username and client address, kept in the database so
 * that every server instance behind a load balancer counts the same.
 */
export const LOGIN_WINDOW_MS = 15 * 60 * 1000;
export const MAX_FAILURES = 5;

export function loginKey(username: string, ip: string): string {
  return `${username}|${ip}`;
}

/** How many failures the key has had in the window. */
export async function recentFailures(db: Queryable, key: string, now: Date): Promise<number> {
  const rows = await db.query<{ count: number }>('SELECT count(*)::int AS count FROM login_failures WHERE key = $1 AND at > $2', [
    key,
    new Date(now.getTime() - LOGIN_WINDOW_MS).toISOString(),
  ]);
  return rows[0]?.count ?? 0;
}

/** Notes a failure, and forgets failures older than the window (of any key). */
export async function recordFailure(db: Queryable, key: string, now: Date): Promise<void> {
  await db.query('INSERT INTO login_failures (key, at) VALUES ($1, $2)', [key, now.toISOString()]);
  await db.query('DELETE FROM login_failures WHERE at <= $1', [new Date(now.getTime() - LOGIN_WINDOW_MS).toISOString()]);
}

export async function clearFailures(db: Queryable, key: string): Promise<void> {
  await db.query('DELETE FROM login_failures WHERE key = $1', [key]);
}
