import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { createApi } from './api.ts';
import { apiError } from './apiError.ts';
import { securityHeaders } from './securityHeaders.ts';
import { serveDist } from './staticFiles.ts';

export interface AppOptions {
  /** The folder `vite build` wrote: index.html, sw.js, assets/… */
  distDir: string;
  /** The server's clock; defaults to the real one. */
  now?: () => Date;
}

/** The whole HTTP surface: the API under /api, the built PWA everywhere else. */
export function createApp({ distDir, now = () => new Date() }: AppOptions): Hono {
  const app = new Hono();

  app.use('*', securityHeaders());
  app.route('/api', createApi({ now }));
  app.use('*', serveDist(distDir));

  app.notFound((c) => c.text('Fant ikke siden', 404, { 'Cache-Control': 'no-cache' }));

  app.onError((err, c) => {
    if (err instanceof HTTPException) return err.getResponse();
    console.error(err);
    return c.json(apiError('internal', 'Noe gikk galt på serveren'), 500, {
      'Cache-Control': 'no-store',
    });
  });

  return app;
}
