import type { Browser, BrowserContext, Page } from 'playwright-core';
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

// The whole first issue in one journey, as a specialist with no signal would
// live it: install (service worker), lose the network, and keep working.
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

const link = (name: string | RegExp) => page.getByRole('link', { name, exact: typeof name === 'string' });
const button = (name: string) => page.getByRole('button', { name, exact: true });
const save = () => button('Lagre').click();

describe('the caseload on a phone with no network', () => {
  it('works offline from the second visit: add a person, move steps, record consent, write a note, reload', async () => {
    const problems = watchPageProblems(page);
    await page.goto(server.url);
    await waitForServiceWorkerControl(page);
    await context.setOffline(true);
    await page.reload();
    await expect.poll(() => page.getByRole('heading', { name: 'Ingen arbeidssøkere ennå' }).isVisible()).toBe(true);
    expect(await checkA11y(page, 'caseload, empty')).toEqual([]);

    await link('Ny arbeidssøker').click();
    await page.getByLabel('Navn', { exact: true }).fill('Frida Frakoblet');
    await page.getByLabel('Telefon', { exact: true }).fill('912 34 567');
    await save();
    await page.getByRole('heading', { name: 'Frida Frakoblet', level: 1 }).waitFor();
    expect(await page.getByText('Frakoblet – alt lagres på enheten').isVisible()).toBe(true);

    await link('Gjør aktiv').click();
    await save();
    await page.getByText('Nå: Steg 1: Kontakt og avtale').waitFor();
    await link('Endre steg').click();
    await page.getByRole('radio', { name: /^2\. Yrkeskartlegging/ }).check();
    await save();
    await page.getByText('Nå: Steg 2: Yrkeskartlegging').waitFor();
    await link('Endre steg').click();
    await page.getByRole('radio', { name: /^1\. Innledende kontakt/ }).check();
    await page.getByLabel('Begrunnelse (må fylles ut når personen går tilbake)').fill('Ønsker å tenke gjennom målet på nytt');
    await save();
    await page.getByText('Nå: Steg 1: Kontakt og avtale').waitFor();

    await link('Registrer samarbeidsavtale').click();
    await page.getByRole('radio', { name: 'Ja, arbeidsgivere kan kontaktes' }).check();
    await save();
    await page.getByText('Samarbeidsavtalen er lagret').waitFor();

    await link('Skriv notat').first().click();
    await page.getByLabel('Type møte eller kontakt').selectOption({ label: 'Møte med deltaker' });
    await page.getByLabel('Notat', { exact: true }).fill('Første samtale på kafé. Ønsker jobb i lager.');
    expect(await checkA11y(page, 'note form')).toEqual([]);
    await save();
    await page.getByText('Notatet er lagret').waitFor();
    expect(await checkA11y(page, 'person page')).toEqual([]);

    await page.reload();
    await page.getByRole('heading', { name: 'Frida Frakoblet', level: 1 }).waitFor();
    expect(await page.getByText('Nå: Steg 1: Kontakt og avtale').isVisible()).toBe(true);
    expect(await page.getByText('Begrunnelse: Ønsker å tenke gjennom målet på nytt').isVisible()).toBe(true);
    expect(await page.getByText('Første samtale på kafé. Ønsker jobb i lager.').isVisible()).toBe(true);
    expect(await page.getByText('Arbeidsgivere kan kontaktes', { exact: true }).isVisible()).toBe(true);

    await link('Oversikt').click();
    await link(/Frida Frakoblet/).waitFor();
    expect(await checkA11y(page, 'caseload with a person')).toEqual([]);
    await link('Innstillinger').click();
    await page.getByRole('heading', { name: 'Innstillinger', level: 1 }).waitFor();
    expect(await checkA11y(page, 'settings')).toEqual([]);
    expect(problems.errors).toEqual([]);
    expect(problems.cspViolations).toEqual([]);
  });

  it('keeps a half-typed note as a draft through a reload, offline', async () => {
    await context.setOffline(true);
    await page.goto(`${server.url}/`);
    await link(/Frida Frakoblet/).click();
    await link('Skriv notat').first().click();
    const text = page.getByLabel('Notat', { exact: true });
    await text.fill('Halvferdig notat fra bilen');
    await page.waitForTimeout(600); // longer than the draft's save delay
    await page.reload();
    await expect.poll(() => page.getByLabel('Notat', { exact: true }).inputValue()).toBe('Halvferdig notat fra bilen');
    expect(await page.getByText(/Vi har hentet fram det du skrev sist/).isVisible()).toBe(true);
  });
});
