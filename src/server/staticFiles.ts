import { readFile, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Context, MiddlewareHandler } from 'hono';
import { getMimeType } from 'hono/utils/mime';
import { cacheControlFor, REVALIDATE } from './cachePolicy.ts';
import { resolveInside, safeRelativePath } from './safePath.ts';

interface FoundFile {
  absolutePath: string;
  relativePath: string;
  size: number;
  mtimeMs: number;
}

/**
 * Serves the production build in `distDir` (made by `vite build`).
 * A GET for a path without a file extension that matches no file is a route in
 * the app, answered with index.html; anything else not found is a 404.
 * Paths under /api/ never reach this handler (app.ts mounts the API first).
 */
export function serveDist(distDir: string): MiddlewareHandler {
  const root = path.resolve(distDir);
  // Resolved once: symlinks in the build must not lead outside it.
  const realRoot = realpath(root);

  async function findFile(segments: string[]): Promise<FoundFile | null> {
    const absolute = resolveInside(root, segments);
    if (absolute === null) return null;
    try {
      const real = await realpath(absolute);
      const rootReal = await realRoot;
      if (!real.startsWith(rootReal + path.sep)) return null;
      const info = await stat(real);
      if (!info.isFile()) return null;
      return {
        absolutePath: real,
        relativePath: segments.join('/'),
        size: info.size,
        mtimeMs: info.mtimeMs,
      };
    } catch {
      return null;
    }
  }

  return async (c, next) => {
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD') return next();

    const requested = safeRelativePath(new URL(c.req.url).pathname);
    if (requested.kind === 'malformed') return c.text('Ugyldig adresse', 400);
    if (requested.kind === 'forbidden') return next();

    const file = requested.segments.length > 0 ? await findFile(requested.segments) : null;
    if (file) return sendFile(c, file, cacheControlFor(file.relativePath));

    const last = requested.segments.at(-1) ?? '';
    if (path.extname(last) !== '') return next();

    // A route in the single-page app: the shell decides what to show.
    const shell = await findFile(['index.html']);
    if (!shell) return c.text('Fant ikke index.html i byggemappen. Kjør npm run build.', 500);
    return sendFile(c, shell, REVALIDATE);
  };
}

async function sendFile(c: Context, file: FoundFile, cacheControl: string): Promise<Response> {
  // Weak: the tag comes from size and time, not the bytes.
  const etag = `W/"${file.size.toString(16)}-${Math.floor(file.mtimeMs).toString(16)}"`;
  const headers: Record<string, string> = {
    'Cache-Control': cacheControl,
    ETag: etag,
    'Content-Type': getMimeType(file.absolutePath) ?? 'application/octet-stream',
  };
  if (matchesEtag(c.req.header('If-None-Match'), etag)) {
    return c.body(null, 304, headers);
  }
  const body = await readFile(file.absolutePath);
  return c.body(body, 200, { ...headers, 'Content-Length': String(body.byteLength) });
}

function matchesEtag(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  const bare = (tag: string) => tag.trim().replace(/^W\//, '');
  return ifNoneMatch.split(',').some((tag) => tag.trim() === '*' || bare(tag) === bare(etag));
}
