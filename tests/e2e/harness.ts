// Helpers for end-to-end tests: the real server over the real build, driven by
// Debian's Chromium. Never `npx playwright install`: browsers can't be
// downloaded here (DESIGN.md).
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { serve } from '@hono/node-server';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { createApp } from '../../src/server/app.ts';

export const distDir = fileURLToPath(new URL('../../dist', import.meta.url));

export const chromiumPath = '/usr/bin/chromium';

export const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
];

export interface RunningServer {
  /** Origin without a trailing slash, e.g. http://127.0.0.1:41234 */
  url: string;
  close: () => Promise<void>;
}

/** Serves the already-built dist/ on an ephemeral port of 127.0.0.1. */
export async function startServer(options: { distDir?: string } = {}): Promise<RunningServer> {
  const dir = options.distDir ?? distDir;
  if (!existsSync(`${dir}/index.html`)) {
    throw new Error(`No build in ${dir}: run \`npx vite build\` (npm test does it first).`);
  }
  const app = createApp({ distDir: dir });
  const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise<void>((resolve, reject) => {
    server.once('listening', resolve);
    server.once('error', reject);
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        // Chromium keeps connections alive; don't wait for it to let go.
        if ('closeAllConnections' in server) server.closeAllConnections();
      }),
  };
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
}

/** A mid-size Android phone in Norway. `options` override any of it. */
export function newPhoneContext(browser: Browser, options: BrowserContextOptions = {}): Promise<BrowserContext> {
  return browser.newContext({
    viewport: { width: 360, height: 740 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    locale: 'nb-NO',
    timezoneId: 'Europe/Oslo',
    ...options,
  });
}

/**
 * Waits until a service worker controls the page. The app's worker does not
 * claim open pages (updates wait for the user), so the first visit is only
 * controlled after one reload.
 */
export async function waitForServiceWorkerControl(page: Page, timeout = 30_000): Promise<void> {
  // One evaluate that awaits in the page: waitForFunction would take the
  // promise an async predicate returns as a truthy answer and stop at once.
  const activated = await page.evaluate(
    (ms) =>
      new Promise<boolean>((resolve) => {
        if (!('serviceWorker' in navigator)) return resolve(false);
        setTimeout(() => resolve(false), ms);
        void navigator.serviceWorker.ready.then((registration) => {
          const worker = registration.active;
          if (!worker) return;
          if (worker.state === 'activated') return resolve(true);
          worker.addEventListener('statechange', () => {
            if (worker.state === 'activated') resolve(true);
          });
        });
      }),
    timeout,
  );
  if (!activated) {
    throw new Error(`No active service worker at ${page.url()} within ${timeout} ms: does the app register sw.js?`);
  }
  if (await page.evaluate(() => navigator.serviceWorker.controller !== null)) return;
  await page.reload({ waitUntil: 'load' });
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout });
}

export interface A11yViolation {
  /** The label passed to checkA11y: which screen or state was checked. */
  where: string;
  id: string;
  impact: string | null;
  help: string;
  /** One line per failing element: its CSS selector and the start of its HTML. */
  nodes: string[];
}

const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

let axeSource: string | undefined;
function readAxeSource(): string {
  const require = createRequire(import.meta.url);
  axeSource ??= readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  return axeSource;
}

/**
 * Runs axe-core (WCAG 2.1 A and AA) on the page as it is now. Use as
 * `expect(await checkA11y(page, 'caseload, empty')).toEqual([])`.
 */
export async function checkA11y(page: Page, label: string): Promise<A11yViolation[]> {
  // Not page.addScriptTag({ content }): that makes an inline <script>, which
  // the app's CSP (script-src 'self') refuses, logging a CSP error. evaluate
  // runs the same source through the debugger protocol, which CSP does not
  // govern, so the app keeps its real CSP during the test.
  const hasAxe = await page.evaluate(() => typeof (window as { axe?: unknown }).axe === 'object');
  if (!hasAxe) await page.evaluate(readAxeSource());
  const violations = await page.evaluate(async (tags) => {
    type AxeResult = {
      violations: {
        id: string;
        impact?: string | null;
        help: string;
        nodes: { target: unknown[]; html: string }[];
      }[];
    };
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<AxeResult> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact ?? null,
      help: v.help,
      nodes: v.nodes.map((n) => `${n.target.map(String).join(' ')}  ${n.html.replace(/\s+/g, ' ').slice(0, 120)}`),
    }));
  }, wcagTags);
  return violations.map((v) => ({ where: label, ...v }));
}

/**
 * Records what the page's CSP refused and uncaught errors from now on, so a
 * test can expect both lists to stay empty.
 */
export function watchPageProblems(page: Page): { cspViolations: string[]; errors: string[] } {
  const problems = { cspViolations: [] as string[], errors: [] as string[] };
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const text = message.text();
    if (text.includes('Content Security Policy')) problems.cspViolations.push(text);
  });
  page.on('pageerror', (error) => problems.errors.push(error.message));
  return problems;
}

export interface PhoneSession {
  server: RunningServer;
  browser: Browser;
  context: BrowserContext;
  page: Page;
}

/**
 * One phone for a whole test file: the app's server over the build, Chromium,
 * a 360 px phone context and a page, opened before the file's tests and
 * closed after them. Its fields are set once the file's tests start.
 */
export function aPhoneForThisFile(): PhoneSession {
  const session = {} as PhoneSession;
  beforeAll(async () => {
    session.server = await startServer();
    session.browser = await launchBrowser();
    session.context = await newPhoneContext(session.browser);
    session.page = await session.context.newPage();
  });
  afterAll(async () => {
    await session.context?.close();
    await session.browser?.close();
    await session.server?.close();
  });
  return session;
}
