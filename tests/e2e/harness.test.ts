import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkA11y, launchBrowser, newPhoneContext, startServer, type RunningServer } from './harness.ts';

// The helpers other e2e tests lean on must themselves be right: a checker that
// never finds anything would let every accessibility test pass.
let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('e2e harness', () => {
  it('opens the app as a Norwegian phone', async () => {
    const context = await newPhoneContext(browser);
    try {
      const page = await context.newPage();
      await page.goto(server.url);
      const seen = await page.evaluate(() => ({
        width: innerWidth,
        height: innerHeight,
        dpr: devicePixelRatio,
        touch: navigator.maxTouchPoints > 0,
        language: navigator.language,
        zone: Intl.DateTimeFormat().resolvedOptions().timeZone,
      }));
      expect(seen).toEqual({ width: 360, height: 740, dpr: 2, touch: true, language: 'nb-NO', zone: 'Europe/Oslo' });
    } finally {
      await context.close();
    }
  });

  it('reports an axe violation by rule, help text and element, under the app CSP', async () => {
    const context = await newPhoneContext(browser);
    try {
      const page = await context.newPage();
      await page.goto(server.url);
      await page.evaluate(() => {
        const image = document.createElement('img');
        image.id = 'uten-alt';
        image.src = '/icons/icon-192.png';
        document.body.append(image);
      });
      const violations = await checkA11y(page, 'start, with an unlabelled image');
      expect(violations.find((v) => v.id === 'image-alt')).toEqual({
        where: 'start, with an unlabelled image',
        id: 'image-alt',
        impact: 'critical',
        help: expect.stringContaining('alternative text'),
        nodes: [expect.stringContaining('#uten-alt')],
      });
    } finally {
      await context.close();
    }
  });
});
