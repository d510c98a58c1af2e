import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { createApi } from './api.ts';
import { apiError } from './apiError.ts';
import type { Database } from './db/database.ts';
import { securityHeaders } from './securityHeaders.ts';
import { serveDist } from './staticFiles.ts';

export interface AppOptions {
  /** The folder `vite build` wrote: index.html, sw.js, assets/… */
  distDir: string;
  /** The server's clock; defaults to the real one. */
  now?: () => Date;
  /** Accounts, sessions and the synced records; without it only the app and /api/health are served. */
  db?: Database;
  /** Behind a proxy or load balancer: trust X-Forwarded-For for the client's address. */
  trustProxy?: boolean;
}

/** The whole HTTP surface: the API under /api, the built PWA everywhere else. */
export function createApp({ distDir, now = () => new Date(), db, trustProxy }: AppOptions): Hono {
  const app = new Hono();

  app.use('*', securityHeaders());
  app.route('/api', createApi({ now, db, trustProxy }));
  app.use('*', serveDist(distDir));

  app.notFound((c) => c.text('Fant ikke siden', 404, { 'Cache-Control': 'no-cache' }));

  app.onError((err, c) => {
    if (err instanceof HTTPException) return err.getResponse();
    console.error(err);
    return c.json(apiError('internal', 'Noe gikk galt på serveren', now()), 500, {
      'Cache-Control': 'no-store',
    });
  });

  return app;
}
