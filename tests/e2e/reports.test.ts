import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { checkA11y, waitForServiceWorkerControl, watchPageProblems, aPhoneForThisFile } from './harness.ts';

// The reports, offline, over the demo caseload (src/data/demoCaseload.ts).
// Counted by hand from it, as of the day it is loaded:
//   Astrid   active, step 3          Bjørn  active, step 1 (never moved)
//   Céline   active, step 5          Daniel referred 5 days ago, not active
//   Eva      passive in step 2       Guro   active, step 2
//   Fredrik  closed 10 days ago in ordinary work, from step 5, no placement
// so 7 followed: 1 referred, 4 active, 1 passive, 1 closed (ordinary work,
// position percentage unknown); open cases by step 1/2/3/4/5 = 1/2/1/0/1;
// reached step 1..5 = 6/5/3/2/2.

const phone = aPhoneForThisFile();

const table = (name: RegExp) => phone.page.getByRole('table', { name });
const rowText = async (inTable: Locator, label: string) =>
  (
    await inTable
      .getByRole('row')
      .filter({ has: phone.page.getByRole('rowheader', { name: label, exact: true }) })
      .innerText()
  )
    .replace(/\s+/g, ' ')
    .trim();
/** The PDF the browser prints, as text: page objects and sizes are plain text in it. */
const printed = async (of: Page) => (await of.pdf({ preferCSSPageSize: true, printBackground: true })).toString('latin1');
const pageCount = (pdf: string) => pdf.match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;
const link = (name: string) => phone.page.getByRole('link', { name, exact: true });

/** The day `days` before today, in the browser's own time zone (Europe/Oslo). */
const daysAgo = (days: number) =>
  phone.page.evaluate((back) => {
    const day = new Date();
    day.setDate(day.getDate() - back);
    const pad = (n: number) => String(n).padStart(2, '0');
    return `${day.getFullYear()}-${pad(day.getMonth() + 1)}-${pad(day.getDate())}`;
  }, days);

describe('reports on a phone with no network', () => {
  it('shows the KLAR table of the demo caseload with the counts worked out by hand', async () => {
    const problems = watchPageProblems(phone.page);
    await phone.page.goto(phone.server.url);
    await waitForServiceWorkerControl(phone.page);
    await phone.context.setOffline(true);
    await phone.page.reload();
    await phone.page.getByRole('button', { name: 'Last inn demo-oversikt' }).click();
    await phone.page
      .getByRole('link', { name: /Demo Astrid Fjellvik/ })
      .last()
      .waitFor();

    await phone.page.goto(`${phone.server.url}/rapporter`);
    await phone.page.getByRole('heading', { name: 'Rapporter', level: 1 }).waitFor();
    const status = table(/^Deltakere etter status/);
    await expect.poll(() => rowText(status, 'Aktiv')).toBe('Aktiv 4 57 %');
    expect(await rowText(status, 'Henvist')).toBe('Henvist 1 14 %');
    expect(await rowText(status, 'Passiv')).toBe('Passiv 1 14 %');
    expect(await rowText(status, 'Avsluttet')).toBe('Avsluttet 1 14 %');
    expect(await status.getByRole('row').last().innerText()).toMatch(/^I alt\s+7\s+100 %$/);
    const ended = table(/^Avsluttede saker etter utfall/);
    expect(await rowText(ended, 'Ordinært arbeid')).toBe('Ordinært arbeid 1 100 %');
    expect(await rowText(ended, 'Trukket seg')).toBe('Trukket seg 0 0 %');
    expect(await rowText(table(/^Stillingsprosent/), 'Ikke registrert')).toBe('Ikke registrert 1 100 %');
    const steps = table(/^Aktive og passive saker etter steg/);
    const perStep = [];
    for (const label of [
      'Steg 1: Kontakt og avtale',
      'Steg 2: Yrkeskartlegging',
      'Steg 3: Finne jobb',
      'Steg 4: Arbeidsgivere',
      'Steg 5: Oppfølging',
    ])
      perStep.push(await rowText(steps, label));
    expect(perStep.map((text) => text.split(' ').at(-1))).toEqual(['1', '2', '1', '0', '1']);
    expect(await phone.page.getByRole('img', { name: /^Antall som har nådd hvert steg/ }).getAttribute('aria-labelledby')).toBeTruthy();
    expect(
      await phone.page
        .getByRole('img', {
          name: /Henvist 7, Steg 1: Kontakt og avtale 6, Steg 2: Yrkeskartlegging 5, Steg 3: Finne jobb 3, Steg 4: Arbeidsgivere 2, Steg 5: Oppfølging 2$/,
        })
        .count(),
    ).toBe(1);
    expect(await checkA11y(phone.page, 'outcome table')).toEqual([]);
    // The page counter sees more than one page where there is more (the sluttrapport below must fit on one).
    expect(pageCount(await printed(phone.page))).toBeGreaterThan(1);
    // By keyboard: the sticky status line can lie over a button near the bottom of a phone screen.
    await phone.page.getByRole('button', { name: 'Vis som tabell' }).first().focus();
    await phone.page.keyboard.press('Enter');
    await phone.page.getByRole('table', { name: 'Utfall for avsluttede saker' }).waitFor();
    expect(await checkA11y(phone.page, 'outcome table, a chart as a table')).toEqual([]);

    // Fifteen days back Fredrik was still in step 5 and Daniel not yet referred.
    await phone.page.getByLabel('Dato', { exact: true }).fill(await daysAgo(15));
    await expect.poll(() => rowText(status, 'Aktiv')).toBe('Aktiv 5 83 %');
    expect(await rowText(status, 'Avsluttet')).toBe('Avsluttet 0 0 %');
    expect(problems.errors).toEqual([]);
    expect(problems.cspViolations).toEqual([]);
  });

  it('writes a sluttrapport that prints on one A4 page without the app around it', async () => {
    const problems = watchPageProblems(phone.page);
    await phone.page.goto(`${phone.server.url}/?status=closed`); // a closed case is not in the default list
    await phone.page
      .getByRole('link', { name: /Demo Fredrik Haugen/ })
      .last()
      .click();
    await phone.page.getByRole('heading', { name: 'Demo Fredrik Haugen', level: 1 }).waitFor();
    await link('Ny sluttrapport').click();
    await phone.page.getByRole('heading', { name: 'Sluttrapport for Demo Fredrik Haugen', level: 1 }).waitFor();
    expect(await phone.page.getByLabel('Status', { exact: true }).inputValue()).toContain('Resultat: Ordinært arbeid.');
    expect(await checkA11y(phone.page, 'report form')).toEqual([]);
    await phone.page.getByLabel('Vurdering og veien videre').fill('Fast stilling. Avtalt at arbeidsgiver tar kontakt ved behov.');
    await phone.page.getByRole('button', { name: 'Lagre utkast' }).click();
    await phone.page.getByRole('heading', { name: 'Sluttrapport', level: 1 }).waitFor();
    expect(await checkA11y(phone.page, 'report, draft')).toEqual([]);

    await phone.page.emulateMedia({ media: 'print' });
    try {
      expect(await phone.page.locator('.app-header').isVisible()).toBe(false);
      expect(await phone.page.getByRole('button', { name: 'Marker som delt' }).isVisible()).toBe(false);
      expect(await phone.page.getByText('Fast stilling. Avtalt at arbeidsgiver tar kontakt ved behov.').isVisible()).toBe(true);
      const pdf = await printed(phone.page);
      expect(pageCount(pdf)).toBe(1);
      expect(pdf).toMatch(/\/MediaBox \[0 0 59[45](\.\d+)? 84[12](\.\d+)?\]/); // A4 in points: 595 × 842
    } finally {
      await phone.page.emulateMedia({ media: 'screen' });
    }

    await phone.page.getByRole('checkbox', { name: 'Deltakeren er informert om rapporten' }).check();
    await phone.page.getByRole('button', { name: 'Marker som delt' }).click();
    await phone.page.getByText(/^Delt med NAV-veilederen/).waitFor();
    expect(await checkA11y(phone.page, 'report, shared')).toEqual([]);
    expect(problems.errors).toEqual([]);
  });

  it('shows the employer profile without what must not be shared, and the full export', async () => {
    await phone.page.goto(phone.server.url);
    await phone.page
      .getByRole('link', { name: /Demo Astrid Fjellvik/ })
      .last()
      .click();
    await phone.page.getByRole('heading', { name: 'Demo Astrid Fjellvik', level: 1 }).waitFor();
    await phone.page.getByRole('heading', { name: 'Rapporter og utskrifter', level: 2 }).waitFor();
    expect(await checkA11y(phone.page, 'person page with reports and printouts')).toEqual([]);
    await link('Profil til arbeidsgiver').click();
    await phone.page.getByRole('heading', { name: 'Ønsker å jobbe som' }).waitFor();
    expect(await phone.page.getByText('Helseopplysninger').count()).toBe(0);
    expect(await checkA11y(phone.page, 'employer profile')).toEqual([]);

    await phone.page.goBack();
    await link('Innsyn: alt om personen').click();
    await phone.page.getByRole('heading', { name: 'Innsyn: Demo Astrid Fjellvik', level: 1 }).waitFor();
    await phone.page.getByRole('heading', { name: /^Notater, alle versjoner \(2\)$/ }).waitFor();
    expect(await checkA11y(phone.page, 'full export')).toEqual([]);
  });

  it('needs no sideways scrolling on the report screens at 320 px', async () => {
    await phone.page.setViewportSize({ width: 320, height: 700 });
    await phone.page.goto(`${phone.server.url}/?status=closed`); // a closed case is not in the default list
    await phone.page
      .getByRole('link', { name: /Demo Fredrik Haugen/ })
      .last()
      .click();
    await phone.page.getByRole('heading', { name: 'Demo Fredrik Haugen', level: 1 }).waitFor();
    const personPath = new URL(phone.page.url()).pathname;
    const overflowing: string[] = [];
    const screens: Array<[string, string]> = [
      ['/rapporter', 'Hvor langt deltakerne har kommet'],
      [`${personPath}/rapport/ny?type=slutt`, 'Sluttrapport for Demo Fredrik Haugen'],
      [`${personPath}/innsyn`, 'Personopplysninger (1)'],
      [`${personPath}/arbeidsgiverprofil`, 'Profil til arbeidsgiver'], // Fredrik has no agreement: the message instead
    ];
    for (const [path, heading] of screens) {
      await phone.page.goto(phone.server.url + path);
      await phone.page.getByRole('heading', { name: heading }).waitFor(); // the screen's content has loaded
      // Against the phone's width, not innerWidth: a mobile browser widens its layout viewport to fit what overflows.
      const scrollWidth = await phone.page.evaluate(() => document.documentElement.scrollWidth);
      if (scrollWidth > 320) overflowing.push(`${path}: ${scrollWidth} px on a 320 px screen`);
    }
    expect(overflowing).toEqual([]);
  });
});
