import { Hono } from 'hono';
import { apiError } from './apiError.ts';

export interface ApiOptions {
  /** The server's clock; tests pass a fixed one. */
  now: () => Date;
}

/** Routes under /api. Every answer is JSON and never stored by a cache. */
export function createApi({ now }: ApiOptions): Hono {
  const api = new Hono();

  api.use('*', async (c, next) => {
    await next();
    c.header('Cache-Control', 'no-store');
  });

  // The client also reads `time` to learn how far its own clock is off.
  api.get('/health', (c) => c.json({ ok: true, time: now().toISOString() }));

  // Last: an unknown API path is a JSON 404, never the app's index.html.
  api.all('*', (c) =>
    c.json(apiError('not-found', `Fant ikke ${c.req.method} ${new URL(c.req.url).pathname}`), 404),
  );

  return api;
}
