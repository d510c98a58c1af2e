import { existsSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  distDir,
  launchBrowser,
  newPhoneContext,
  startServer,
  waitForServiceWorkerControl,
  watchPageProblems,
  type RunningServer,
} from './harness.ts';

interface ManifestIcon {
  src: string;
  sizes: string;
  type?: string;
  purpose?: string;
}

let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  if (!existsSync(`${distDir}/index.html`)) {
    throw new Error('dist/ is missing: npm test builds it; alone, run `npx vite build` first.');
  }
  server = await startServer();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('installable PWA', () => {
  it('serves a Norwegian manifest that the page links to', async () => {
    const res = await fetch(`${server.url}/manifest.webmanifest`);
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Type')).toBe('application/manifest+json');
    const manifest = await res.json();
    expect(manifest).toMatchObject({
      name: 'Femtrinn',
      lang: 'nb',
      display: 'standalone',
      start_url: '/',
      theme_color: '#0067c5',
    });

    const context = await newPhoneContext(browser);
    try {
      const page = await context.newPage();
      await page.goto(server.url);
      const linked = await page.getAttribute('link[rel="manifest"]', 'href');
      expect(new URL(linked!, server.url).pathname).toBe('/manifest.webmanifest');
    } finally {
      await context.close();
    }
  });

  it('has 192, 512 and maskable 512 icons that load as PNGs of their stated size', async () => {
    const manifest = (await (await fetch(`${server.url}/manifest.webmanifest`)).json()) as {
      icons: ManifestIcon[];
    };
    const kinds = manifest.icons.map((icon) => `${icon.sizes} ${icon.purpose ?? 'any'}`);
    expect(kinds).toEqual(expect.arrayContaining(['192x192 any', '512x512 any', '512x512 maskable']));

    for (const icon of manifest.icons) {
      const res = await fetch(new URL(icon.src, server.url));
      expect(res.status, icon.src).toBe(200);
      expect(res.headers.get('Content-Type')).toBe('image/png');
      const [width, height] = icon.sizes.split('x').map(Number);
      expect(pngSize(Buffer.from(await res.arrayBuffer())), icon.src).toEqual({ width, height });
    }
  });

  it('still opens offline once the service worker has taken control', async () => {
    const context = await newPhoneContext(browser);
    try {
      const page = await context.newPage();
      const problems = watchPageProblems(page);
      await page.goto(server.url);
      await waitForServiceWorkerControl(page);

      await context.setOffline(true);
      const reloaded = await page.reload({ waitUntil: 'load' });

      expect(reloaded?.fromServiceWorker()).toBe(true);
      const network = await page.evaluate(() =>
        fetch('/api/health').then(
          () => 'reached',
          () => 'offline',
        ),
      );
      expect(network).toBe('offline');
      expect(await page.title()).toBe('Femtrinn');
      await page.waitForFunction(() => (document.getElementById('root')?.childElementCount ?? 0) > 0);
      expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
      expect(problems.errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('opens a deep link offline from the cached shell', async () => {
    const context = await newPhoneContext(browser);
    try {
      const page = await context.newPage();
      await page.goto(server.url);
      await waitForServiceWorkerControl(page);

      await context.setOffline(true);
      const opened = await page.goto(`${server.url}/en/side/som/ikke/er/hentet`);

      expect(opened?.fromServiceWorker()).toBe(true);
      expect(await page.title()).toBe('Femtrinn');
      await page.waitForFunction(() => (document.getElementById('root')?.childElementCount ?? 0) > 0);
    } finally {
      await context.close();
    }
  });
});
