import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  checkA11y,
  launchBrowser,
  newPhoneContext,
  startServer,
  waitForServiceWorkerControl,
  watchPageProblems,
  type RunningServer,
} from './harness.ts';

// The fidelity measures, offline, over the demo caseload (src/data/demoCaseload.ts),
// for the 105 days up to today. Counted by hand from it:
// - caseload: Astrid, Bjørn, Céline and Guro active, Eva paused → 5;
// - 30 days ran out in the period for Astrid, Bjørn, Céline, Eva and Guro (referred
//   30–120 days ago); none has an employer contact → 0 of 5;
// - in-person meetings held: six, of them one workplace visit (Céline) → 1 of 6;
// - no employer contacts at all → "Ingen data";
// - stays in step 1 that ended in the period: Astrid 17, Céline 17, Eva 17, Guro 12
//   days → median 17, average 15,75.
let server: RunningServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  context = await newPhoneContext(browser);
  page = await context.newPage();
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.close();
});

const region = (name: string) => page.getByRole('region', { name, exact: true });
/** By keyboard: the sticky header and status line can lie over a button on a phone screen. */
const press = async (control: Locator, key = 'Enter') => {
  await control.focus();
  await page.keyboard.press(key);
};
const rowText = async (within: Locator, label: string) =>
  (await within.getByRole('row').filter({ has: page.getByRole('rowheader', { name: label }) }).first().innerText()).replace(/\s+/g, ' ').trim();

/** The day `days` before today, in the browser's own time zone (Europe/Oslo). */
const daysAgo = (days: number) =>
  page.evaluate((back) => {
    const day = new Date();
    day.setDate(day.getDate() - back);
    const pad = (n: number) => String(n).padStart(2, '0');
    return `${day.getFullYear()}-${pad(day.getMonth() + 1)}-${pad(day.getDate())}`;
  }, days);

describe('fidelity measures on a phone with no network', () => {
  it('computes the measures of the demo caseload, says whether each is met, and passes axe', async () => {
    const problems = watchPageProblems(page);
    await page.goto(server.url);
    await waitForServiceWorkerControl(page);
    await context.setOffline(true);
    await page.reload();
    await page.getByRole('button', { name: 'Last inn demo-oversikt' }).click();
    await page.getByRole('link', { name: /Demo Astrid Fjellvik/ }).last().waitFor();

    await page.goto(`${server.url}/rapporter`);
    await page.getByRole('link', { name: 'Troskapsmål (IPS)' }).click();
    await page.getByRole('heading', { name: 'Troskap til IPS-metoden', level: 1 }).waitFor();
    await page.getByLabel('Fra', { exact: true }).fill(await daysAgo(105));

    const caseload = region('Saksmengde');
    await expect.poll(() => rowText(caseload, 'Meg')).toBe('Meg 5 4 aktive, 1 i pause Nådd');
    expect(await rowText(region('Dager til første møte med arbeidsgiver'), 'Meg')).toBe('Meg 0 % 0 av 5. Median: ingen kontakt ennå Ikke nådd');
    expect(await rowText(region('Møter utenfor kontoret'), 'Meg')).toBe('Meg 17 % 1 av 6 møter Ikke nådd');
    expect(await rowText(region('Arbeidsgiverkontakter ansikt til ansikt per uke'), 'Meg')).toBe('Meg Ingen data Ingen data');
    expect(await rowText(region('Tid i hvert steg'), 'Steg 1: Kontakt og avtale')).toBe('Steg 1: Kontakt og avtale 4 opphold 17 snitt 15,8');
    expect(await page.getByRole('img', { name: /^Arbeidsgiverkontakter ansikt til ansikt, uke for uke/ }).count()).toBe(1);
    expect(await checkA11y(page, 'fidelity measures')).toEqual([]);

    // Opened up: the chart as a table, the list per jobseeker and how a measure is computed.
    const contacts = region('Arbeidsgiverkontakter ansikt til ansikt per uke');
    await press(contacts.getByRole('button', { name: 'Vis som tabell' }));
    await contacts.getByRole('table', { name: /^Arbeidsgiverkontakter ansikt til ansikt, uke for uke/ }).waitFor();
    const firstContact = region('Dager til første møte med arbeidsgiver');
    await press(firstContact.getByRole('button', { name: 'Vis per deltaker' }));
    await firstContact.getByRole('table', { name: 'Dager til første møte med arbeidsgiver per deltaker' }).waitFor();
    await press(region('Møter utenfor kontoret').getByRole('button', { name: 'Slik regnes det ut' }));
    await page.getByText(/Loggen har ikke noe felt for sted/).waitFor();
    expect(await checkA11y(page, 'fidelity measures, opened up')).toEqual([]);

    await press(page.getByRole('radio', { name: 'Hele teamet' }), 'Space');
    await expect.poll(() => rowText(caseload, 'Hele teamet')).toBe('Hele teamet 5 i snitt Flest: 5, av 1 med saker Nådd');
    expect(await checkA11y(page, 'fidelity measures, the whole team')).toEqual([]);
    expect(problems.errors).toEqual([]);
    expect(problems.cspViolations).toEqual([]);
  });

  it('needs no sideways scrolling at 320 px', async () => {
    await page.setViewportSize({ width: 320, height: 700 });
    await page.goto(`${server.url}/rapporter/troskap?hvem=team`);
    await page.getByRole('heading', { name: 'Tid i hvert steg' }).waitFor();
    for (const name of ['Vis som tabell', 'Vis per deltaker', 'Slik regnes det ut']) await press(page.getByRole('button', { name }).first());
    await page.getByRole('table', { name: 'Dager til første møte med arbeidsgiver per deltaker' }).waitFor();
    // Against the phone's width, not innerWidth: a mobile browser widens its layout viewport to fit what overflows.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  });
});
