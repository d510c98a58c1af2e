import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDaysIso, toIsoDate } from '../../src/domain/dates.ts';
import {
  checkA11y,
  launchBrowser,
  newPhoneContext,
  startServer,
  waitForServiceWorkerControl,
  watchPageProblems,
  type RunningServer,
} from './harness.ts';

// Steps 3–4 on a 360 px phone with no network: an employer into the
// register (a wrong orgnr first), a contact person, and the first meeting
// with the employer for a jobseeker, seen against the 30-day IPS measure.
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
const save = () => page.getByRole('button', { name: 'Lagre', exact: true }).click();
const heading = (name: string) => page.getByRole('heading', { name, level: 1 }).waitFor();

describe('employers on a phone with no network', () => {
  it('registers an employer and a contact person, logs a meeting for a jobseeker, and shows the 30-day measure', async () => {
    const problems = watchPageProblems(page);
    await page.goto(server.url);
    await waitForServiceWorkerControl(page);
    await context.setOffline(true);
    await page.reload();

    // The header keeps three menu items and the name within the phone's width.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await link('Arbeidsgivere').click();
    await heading('Arbeidsgivere');
    expect(await page.getByText(/Ingen arbeidsgivere er registrert ennå/).isVisible()).toBe(true);
    expect(await checkA11y(page, 'employer register, empty')).toEqual([]);

    await link('Ny arbeidsgiver').click();
    await page.getByLabel('Navn på arbeidsgiver').fill('Fiktiv Bakeri AS');
    await page.getByLabel('Organisasjonsnummer (valgfritt)').fill('123 456 789');
    await save();
    await page.getByRole('link', { name: /^Organisasjonsnummer \(valgfritt\): Organisasjonsnummeret må ha 9 siffer/ }).waitFor();
    expect(await checkA11y(page, 'employer form with an orgnr error')).toEqual([]);
    await page.getByLabel('Organisasjonsnummer (valgfritt)').fill('974 760 673');
    await page.getByLabel('Telefon (valgfritt)').fill('22 33 44 55');
    await page.getByLabel('Adresse (valgfritt)').fill('Fiktivveien 1, 0150 Oslo');
    await save();
    await heading('Fiktiv Bakeri AS');
    expect(await page.getByText('Org.nr. 974 760 673').isVisible()).toBe(true);
    expect(await link('Ring 223 34 455').getAttribute('href')).toBe('tel:+4722334455');

    await link('Legg til kontaktperson').click();
    await page.getByLabel('Navn', { exact: true }).fill('Bodil Bestemmer');
    await page.getByLabel('Rolle (valgfritt)').fill('Daglig leder');
    await page.getByRole('checkbox', { name: /^Beslutningstaker/ }).check();
    expect(await checkA11y(page, 'contact person form')).toEqual([]);
    await save();
    await page.getByText('Kontaktpersonen Bodil Bestemmer er lagret').waitFor();
    expect(await page.getByText('Beslutningstaker', { exact: true }).isVisible()).toBe(true);
    expect(await checkA11y(page, 'employer page')).toEqual([]);

    const referral = addDaysIso(toIsoDate(new Date()), -10);
    await link('Oversikt').click();
    await link('Ny arbeidssøker').click();
    await page.getByLabel('Navn', { exact: true }).fill('Frida Fiktiv');
    await page.getByLabel('Henvist dato').fill(referral);
    await save();
    await heading('Frida Fiktiv');
    await page.getByText('Ikke ennå. 10 dager siden henvisning, 20 dager igjen av målet på 30 dager.').waitFor();

    await link('Logg arbeidsgiverkontakt').click();
    await heading('Logg arbeidsgiverkontakt');
    expect(await page.getByRole('checkbox', { name: 'Frida Fiktiv' }).isChecked()).toBe(true);
    await page.getByLabel('Arbeidsgiver', { exact: true }).selectOption({ label: 'Fiktiv Bakeri AS (974 760 673)' });
    await page.getByRole('radio', { name: 'Fysisk' }).check();
    await page.getByRole('checkbox', { name: 'Bodil Bestemmer, Daglig leder' }).check();
    await page.getByRole('radio', { name: 'Avtalt arbeidstrening' }).check();
    expect(await checkA11y(page, 'employer contact form')).toEqual([]);
    await save();
    await heading('Frida Fiktiv');
    await page.getByText('Arbeidsgiverkontakten er lagret').waitFor();
    expect(await page.getByText(/, 10 dager etter henvisning\. Innenfor målet på 30 dager\./).isVisible()).toBe(true);
    expect(await checkA11y(page, 'person page with employer work')).toEqual([]);

    await page.reload();
    await link('Arbeidsgivere').click();
    await heading('Arbeidsgivere');
    const row = link(/^Fiktiv Bakeri AS Status: Ny/);
    await row.waitFor();
    expect(await row.textContent()).toContain('1 kontakt');
    expect(await checkA11y(page, 'employer register')).toEqual([]);
    expect(problems.errors).toEqual([]);
    expect(problems.cspViolations).toEqual([]);
  });
});
