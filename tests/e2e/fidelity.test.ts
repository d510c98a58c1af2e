import type { Locator } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { checkA11y, waitForServiceWorkerControl, watchPageProblems, aPhoneForThisFile } from './harness.ts';

// The fidelity measures, offline, over the demo caseload (src/data/demoCaseload.ts),
// for the 105 days up to today. Counted by hand from it:
// - caseload: Astrid, Bjørn, Céline and Guro active, Eva paused → 5;
// - 30 days ran out in the period for Astrid, Bjørn, Céline, Eva and Guro (referred
//   30–120 days ago); none has an employer contact → 0 of 5;
// - in-person meetings held: six, of them one workplace visit (Céline) → 1 of 6;
// - no employer contacts at all → "Ingen data";
// - stays in step 1 that ended in the period: Astrid 17, Céline 17, Eva 17, Guro 12
//   days → median 17, average 15,75.

const phone = aPhoneForThisFile();

const region = (name: string) => phone.page.getByRole('region', { name, exact: true });
/** By keyboard: the sticky header and status line can lie over a button on a phone screen. */
const press = async (control: Locator, key = 'Enter') => {
  await control.focus();
  await phone.page.keyboard.press(key);
};
const rowText = async (within: Locator, label: string) =>
  (
    await within
      .getByRole('row')
      .filter({ has: phone.page.getByRole('rowheader', { name: label }) })
      .first()
      .innerText()
  )
    .replace(/\s+/g, ' ')
    .trim();

/** The day `days` before today, in the browser's own time zone (Europe/Oslo). */
const daysAgo = (days: number) =>
  phone.page.evaluate((back) => {
    const day = new Date();
    day.setDate(day.getDate() - back);
    const pad = (n: number) => String(n).padStart(2, '0');
    return `${day.getFullYear()}-${pad(day.getMonth() + 1)}-${pad(day.getDate())}`;
  }, days);

describe('fidelity measures on a phone with no network', () => {
  it('computes the measures of the demo caseload, says whether each is met, and passes axe', async () => {
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
    await phone.page.getByRole('link', { name: 'Troskapsmål (IPS)' }).click();
    await phone.page.getByRole('heading', { name: 'Troskap til IPS-metoden', level: 1 }).waitFor();
    await phone.page.getByLabel('Fra', { exact: true }).fill(await daysAgo(105));

    const caseload = region('Saksmengde');
    await expect.poll(() => rowText(caseload, 'Meg')).toBe('Meg 5 4 aktive, 1 i pause Nådd');
    expect(await rowText(region('Dager til første møte med arbeidsgiver'), 'Meg')).toBe(
      'Meg 0 % 0 av 5. Median: ingen kontakt ennå Ikke nådd',
    );
    expect(await rowText(region('Møter utenfor kontoret'), 'Meg')).toBe('Meg 17 % 1 av 6 møter Ikke nådd');
    expect(await rowText(region('Arbeidsgiverkontakter ansikt til ansikt per uke'), 'Meg')).toBe('Meg Ingen data Ingen data');
    expect(await rowText(region('Tid i hvert steg'), 'Steg 1: Kontakt og avtale')).toBe(
      'Steg 1: Kontakt og avtale 4 opphold 17 snitt 15,8',
    );
    expect(await phone.page.getByRole('img', { name: /^Arbeidsgiverkontakter ansikt til ansikt, uke for uke/ }).count()).toBe(1);
    expect(await checkA11y(phone.page, 'fidelity measures')).toEqual([]);

    // Opened up: the chart as a table, the list per jobseeker and how a measure is computed.
    const contacts = region('Arbeidsgiverkontakter ansikt til ansikt per uke');
    await press(contacts.getByRole('button', { name: 'Vis som tabell' }));
    await contacts.getByRole('table', { name: /^Arbeidsgiverkontakter ansikt til ansikt, uke for uke/ }).waitFor();
    const firstContact = region('Dager til første møte med arbeidsgiver');
    await press(firstContact.getByRole('button', { name: 'Vis per deltaker' }));
    await firstContact.getByRole('table', { name: 'Dager til første møte med arbeidsgiver per deltaker' }).waitFor();
    await press(region('Møter utenfor kontoret').getByRole('button', { name: 'Slik regnes det ut' }));
    await phone.page.getByText(/Loggen har ikke noe felt for sted/).waitFor();
    expect(await checkA11y(phone.page, 'fidelity measures, opened up')).toEqual([]);

    await press(phone.page.getByRole('radio', { name: 'Hele teamet' }), 'Space');
    await expect.poll(() => rowText(caseload, 'Hele teamet')).toBe('Hele teamet 5 i snitt Flest: 5, av 1 med saker Nådd');
    expect(await checkA11y(phone.page, 'fidelity measures, the whole team')).toEqual([]);
    expect(problems.errors).toEqual([]);
    expect(problems.cspViolations).toEqual([]);
  });

  it('needs no sideways scrolling at 320 px', async () => {
    await phone.page.setViewportSize({ width: 320, height: 700 });
    await phone.page.goto(`${phone.server.url}/rapporter/troskap?hvem=team`);
    await phone.page.getByRole('heading', { name: 'Tid i hvert steg' }).waitFor();
    for (const name of ['Vis som tabell', 'Vis per deltaker', 'Slik regnes det ut'])
      await press(phone.page.getByRole('button', { name }).first());
    await phone.page.getByRole('table', { name: 'Dager til første møte med arbeidsgiver per deltaker' }).waitFor();
    // Against the phone's width, not innerWidth: a mobile browser widens its layout viewport to fit what overflows.
    expect(await phone.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  });
});
