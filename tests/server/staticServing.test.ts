import { mkdtemp, mkdir, rm, symlink, writeFile } from 'node:fs/promises';
import { connect, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { serve } from '@hono/node-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/server/app.ts';

const fixedNow = new Date('2026-03-02T08:30:00.000Z');
const indexHtml = '<!doctype html><html lang="nb"><title>Femtrinn</title><div id="root"></div></html>';
const pngBytes = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');

let parent: string;
let distDir: string;
let app: ReturnType<typeof createApp>;

// A small world: a fake build in a temp folder, with a secret file beside it
// that traversal attempts try to reach.
beforeAll(async () => {
  parent = await mkdtemp(path.join(tmpdir(), 'femtrinn-static-'));
  distDir = path.join(parent, 'dist');
  await mkdir(path.join(distDir, 'assets'), { recursive: true });
  await mkdir(path.join(distDir, 'icons'), { recursive: true });
  await writeFile(path.join(distDir, 'index.html'), indexHtml);
  await writeFile(path.join(distDir, 'sw.js'), 'self.addEventListener("fetch", () => {});');
  await writeFile(path.join(distDir, 'registerSW.js'), 'navigator.serviceWorker.register("/sw.js");');
  await writeFile(path.join(distDir, 'workbox-5ffe50d4.js'), '// workbox');
  await writeFile(path.join(distDir, 'assets', 'app-abc123.js'), 'console.log("app");');
  await writeFile(path.join(distDir, 'assets', 'index-B2xk9_aZ.css'), 'body{}');
  await writeFile(path.join(distDir, 'manifest.webmanifest'), JSON.stringify({ name: 'Femtrinn', lang: 'nb' }));
  await writeFile(path.join(distDir, 'icons', 'icon-192.png'), pngBytes);
  await writeFile(path.join(distDir, '.hidden'), 'not for the web');
  await writeFile(path.join(parent, 'package.json'), '{"secret":"outside dist"}');
  await symlink(path.join(parent, 'package.json'), path.join(distDir, 'linked.json'));
  app = createApp({ distDir, now: () => fixedNow });
});

afterAll(async () => {
  await rm(parent, { recursive: true, force: true });
});

const get = (url: string, init?: RequestInit) => app.request(url, init);

describe('caching', () => {
  it.each(['/', '/index.html', '/sw.js', '/registerSW.js', '/manifest.webmanifest'])(
    'never lets a cache keep %s without asking',
    async (url) => {
      const res = await get(url);
      expect(res.status).toBe(200);
      expect(res.headers.get('Cache-Control')).toBe('no-cache');
    },
  );

  it('keeps hashed build files for a year as immutable', async () => {
    for (const url of ['/assets/app-abc123.js', '/assets/index-B2xk9_aZ.css']) {
      const res = await get(url);
      expect(res.status).toBe(200);
      expect(res.headers.get('Cache-Control')).toBe('public, max-age=31536000, immutable');
    }
  });

  it('revalidates icons and the workbox runtime, which keep their names', async () => {
    expect((await get('/icons/icon-192.png')).headers.get('Cache-Control')).toBe('no-cache');
    expect((await get('/workbox-5ffe50d4.js')).headers.get('Cache-Control')).toBe('no-cache');
  });

  it('answers 304 with no body when the ETag still matches', async () => {
    const first = await get('/sw.js');
    const etag = first.headers.get('ETag');
    expect(etag).toBeTruthy();
    const again = await get('/sw.js', { headers: { 'If-None-Match': etag! } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    expect(again.headers.get('Cache-Control')).toBe('no-cache');
  });
});

describe('content types', () => {
  it.each([
    ['/', 'text/html; charset=utf-8'],
    ['/sw.js', 'text/javascript; charset=utf-8'],
    ['/assets/app-abc123.js', 'text/javascript; charset=utf-8'],
    ['/assets/index-B2xk9_aZ.css', 'text/css; charset=utf-8'],
    ['/manifest.webmanifest', 'application/manifest+json'],
    ['/icons/icon-192.png', 'image/png'],
  ])('serves %s as %s', async (url, type) => {
    const res = await get(url);
    expect(res.headers.get('Content-Type')).toBe(type);
  });

  it('sends the file itself', async () => {
    const res = await get('/icons/icon-192.png');
    expect(Buffer.from(await res.arrayBuffer())).toEqual(pngBytes);
    expect(res.headers.get('Content-Length')).toBe(String(pngBytes.length));
  });

  it('answers HEAD with headers and no body', async () => {
    const res = await get('/sw.js', { method: 'HEAD' });
    expect(res.status).toBe(200);
    expect(res.headers.get('Cache-Control')).toBe('no-cache');
    expect(await res.text()).toBe('');
  });
});

describe('single-page app routes', () => {
  it.each(['/oversikt', '/arbeidssoker/0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b', '/innstillinger/'])(
    'answers the app route %s with index.html, never cached',
    async (url) => {
      const res = await get(url);
      expect(res.status).toBe(200);
      expect(res.headers.get('Content-Type')).toBe('text/html; charset=utf-8');
      expect(res.headers.get('Cache-Control')).toBe('no-cache');
      expect(await res.text()).toBe(indexHtml);
    },
  );

  it('gives a 404, not index.html, for a missing file with an extension', async () => {
    for (const url of ['/assets/gone-abc123.js', '/icons/missing.png', '/favicon.ico']) {
      const res = await get(url);
      expect(res.status, url).toBe(404);
      expect(await res.text()).not.toContain('<div id="root">');
    }
  });

  it('does not answer other methods with the app', async () => {
    const res = await get('/oversikt', { method: 'POST' });
    expect(res.status).toBe(404);
  });
});

describe('api', () => {
  it('reports health with the server time', async () => {
    const res = await get('/api/health');
    expect(res.status).toBe(200);
    expect(res.headers.get('Cache-Control')).toBe('no-store');
    expect(await res.json()).toEqual({
      serverTime: '2026-03-02T08:30:00.000Z',
      ok: true,
      time: '2026-03-02T08:30:00.000Z',
      accounts: false,
    });
  });

  it.each([
    ['GET', '/api/finnes-ikke'],
    ['GET', '/api/'],
    ['GET', '/api'],
    ['POST', '/api/sync/push'],
    ['GET', '/api/health/extra.json'],
  ])('answers %s %s with a JSON 404, not the app', async (method, url) => {
    const res = await get(url, { method });
    expect(res.status).toBe(404);
    expect(res.headers.get('Content-Type')).toMatch(/^application\/json/);
    const body = await res.json();
    expect(body).toEqual({ serverTime: '2026-03-02T08:30:00.000Z', error: { code: 'not-found', message: expect.any(String) } });
  });
});

describe('security', () => {
  it('sends a strict CSP and the other security headers on every kind of response', async () => {
    for (const url of ['/', '/oversikt', '/sw.js', '/assets/app-abc123.js', '/api/health', '/api/nope', '/x.png']) {
      const res = await get(url);
      const csp = res.headers.get('Content-Security-Policy') ?? '';
      expect(csp, url).toContain("default-src 'self'");
      expect(csp).toContain("script-src 'self';");
      expect(csp).toContain("style-src 'self' 'unsafe-inline'");
      expect(csp).toContain("img-src 'self' data: blob:");
      expect(csp).toContain("connect-src 'self'");
      expect(csp).toContain("worker-src 'self'");
      expect(csp).toContain("manifest-src 'self'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toContain("base-uri 'self'");
      expect(csp).toContain("form-action 'self'");
      expect(csp).not.toMatch(/unsafe-eval|\*|https?:/);
      expect(res.headers.get('X-Content-Type-Options')).toBe('nosniff');
      expect(res.headers.get('Referrer-Policy')).toBe('no-referrer');
    }
  });

  it.each([
    '/../package.json',
    '/..%2fpackage.json',
    '/..%2Fpackage.json',
    '/%2e%2e/package.json',
    '/%2e%2e%2fpackage.json',
    '/assets/..%2f..%2fpackage.json',
    '/assets/%2e%2e/%2e%2e/package.json',
    '/..%5cpackage.json',
    '/%252e%252e/package.json',
    '/icons/..%2f..%2f..%2fpackage.json',
    '//package.json',
    '/sw.js%00.png',
    '/.hidden',
    '/%2ehidden',
    '/..%2f..%2fpackage',
  ])('does not leak files outside the build for %s', async (url) => {
    const res = await get(url);
    const text = await res.text();
    expect(text).not.toContain('outside dist');
    expect(text).not.toContain('not for the web');
    expect([200, 400, 404]).toContain(res.status);
    // A 200 can only be the app shell itself.
    expect(res.status !== 200 || text === indexHtml).toBe(true);
  });

  // fetch() and Request tidy `..` away before the app sees it; a raw request
  // line reaches the server exactly as an attacker wrote it.
  it('does not leak files to raw HTTP requests that keep the dots', async () => {
    const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
    await new Promise((resolve) => server.once('listening', resolve));
    const { port } = server.address() as AddressInfo;
    try {
      for (const target of [
        '/../package.json',
        '/assets/../../package.json',
        '/..%2fpackage.json',
        '/assets/..%2f..%2fpackage.json',
        '/.%2e/package.json',
      ]) {
        const answer = await rawGet(port, target);
        expect(answer, target).toMatch(/^HTTP\/1\.1 (400|404) /);
        expect(answer).not.toContain('outside dist');
      }
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it('does not follow a symlink out of the build', async () => {
    const res = await get('/linked.json');
    expect(res.status).toBe(404);
    expect(await res.text()).not.toContain('outside dist');
  });

  it('refuses a malformed percent-encoding with 400, not a crash', async () => {
    const res = await get('/%E0%A4%A.js');
    expect(res.status).toBe(400);
  });
});

function rawGet(port: number, target: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    let answer = '';
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => (answer += chunk));
    socket.on('end', () => resolve(answer));
    socket.on('error', reject);
    socket.write(`GET ${target} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n`);
  });
}
