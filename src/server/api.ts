import { Hono } from 'hono';
import { apiError } from './apiError.ts';
import type { Database } from './db/database.ts';
import { authRoutes } from './routes/authRoutes.ts';
import { syncRoutes } from './routes/syncRoutes.ts';

export interface ApiOptions {
  /** The server's clock; tests pass a fixed one. */
  now: () => Date;
  /** Without a database only health answers (the app alone, as in the static-serving tests). */
  db?: Database;
  /** Take the client's address from X-Forwarded-For (behind a proxy or load balancer). */
  trustProxy?: boolean;
}

/** Routes under /api. Every answer is JSON with `serverTime`, and never stored by a cache. */
export function createApi({ now, db, trustProxy = false }: ApiOptions): Hono {
  const api = new Hono();

  api.use('*', async (c, next) => {
    await next();
    c.header('Cache-Control', 'no-store');
  });

  // `time` is the older name of serverTime. `accounts`: the server has logins
  // and sync (a database), so a device should log in before it syncs.
  api.get('/health', (c) => {
    const time = now().toISOString();
    return c.json({ serverTime: time, ok: true, time, accounts: db !== undefined });
  });

  if (db) {
    api.route('/', authRoutes({ db, now, trustProxy }));
    api.route('/', syncRoutes({ db, now }));
  }

  // Last: an unknown API path is a JSON 404, never the app's index.html.
  api.all('*', (c) => c.json(apiError('not-found', `Fant ikke ${c.req.method} ${new URL(c.req.url).pathname}`, now()), 404));

  return api;
}
