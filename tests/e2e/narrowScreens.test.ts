import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newPhoneContext, startServer, type RunningServer } from './harness.ts';

// A phone held in one hand: nothing may need sideways scrolling, down to 320 px.
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

describe.each([320, 360])('at %i px wide', (width) => {
  it('shows the caseload, a person, the forms and settings without sideways scrolling', async () => {
    const context = await newPhoneContext(browser, { viewport: { width, height: 700 } });
    const page = await context.newPage();
    try {
      await page.goto(server.url);
      await page.getByRole('button', { name: 'Last inn demo-oversikt' }).click();
      await page
        .getByRole('link', { name: /Demo Astrid Fjellvik/ })
        .last()
        .click(); // the first is in the Today block
      await page.getByRole('heading', { name: 'Demo Astrid Fjellvik', level: 1 }).waitFor();
      const personPath = new URL(page.url()).pathname;
      const overflowing: string[] = [];
      for (const path of ['/', personPath, `${personPath}/notater/ny`, `${personPath}/yrkesprofil`, '/personer/ny', '/innstillinger']) {
        await page.goto(server.url + path);
        await page.getByRole('heading', { level: 1 }).first().waitFor();
        // Compare with the phone's width, not innerWidth: a mobile browser widens
        // its layout viewport to fit content that overflows, hiding the overflow.
        const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
        if (scrollWidth > width) overflowing.push(`${path}: ${scrollWidth} px on a ${width} px phone`);
      }
      expect(overflowing).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
