import type { Locator } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkA11y, waitForServiceWorkerControl, watchPageProblems, aPhoneForThisFile } from './harness.ts';

// Steps 4 and 5 in the field, on a 360 px phone with no network from the
// start: record a placement at the employer's, keep to the follow-up rhythm,
// and log a visit from the car. Every name is fictional.
let problems: ReturnType<typeof watchPageProblems>;

const phone = aPhoneForThisFile();

beforeAll(async () => {
  problems = watchPageProblems(phone.page);
  await phone.page.goto(phone.server.url);
  await waitForServiceWorkerControl(phone.page);
  await phone.context.setOffline(true);
  await phone.page.reload();
});

/** A date `days` before today on the phone's calendar (Oslo), as YYYY-MM-DD. */
function daysAgo(days: number): string {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Oslo', year: 'numeric', month: '2-digit', day: '2-digit' });
  const [year, month, day] = parts.format(new Date()).split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day - days)).toISOString().slice(0, 10);
}

const link = (name: string | RegExp) => phone.page.getByRole('link', { name, exact: typeof name === 'string' });
const button = (name: string) => phone.page.getByRole('button', { name, exact: true });
const heading = (name: string | RegExp) => phone.page.getByRole('heading', { name, level: 1 });

async function noSidewaysScroll(where: string): Promise<string[]> {
  const { scrollWidth, innerWidth } = await phone.page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    innerWidth: window.innerWidth,
  }));
  return scrollWidth > innerWidth ? [`${where}: ${scrollWidth} px in a ${innerWidth} px window`] : [];
}

/** Taps, counted: the quick log promises at most three besides the text. */
let taps = 0;
async function tap(target: Locator): Promise<void> {
  taps += 1;
  await target.tap();
}

describe('field work on a phone with no network', () => {
  it('records a placement at the employer’s on a 360 px phone and moves the person to step 5 when asked', async () => {
    expect(await phone.page.evaluate(() => navigator.onLine)).toBe(false);
    await heading('Ingen arbeidssøkere ennå').waitFor();
    await link('Ny arbeidssøker').click();
    await phone.page.getByLabel('Navn', { exact: true }).fill('Kari Kjører');
    await button('Lagre').click();
    await heading('Kari Kjører').waitFor();
    await link('Gjør aktiv').click();
    await button('Lagre').click();
    await link('Endre steg').click();
    await phone.page.getByRole('radio', { name: /^4\. Samarbeid med arbeidsgivere/ }).check();
    await button('Lagre').click();
    await phone.page.getByText('Nå: Steg 4: Arbeidsgivere').waitFor();

    await link('Ny formidling').click();
    await heading('Ny formidling for Kari Kjører').waitFor();
    await button('Legg til ny arbeidsgiver').click();
    await phone.page.getByLabel('Navn på den nye arbeidsgiveren').fill('Fjordlager AS');
    await button('Legg til og velg').click();
    await phone.page.getByText('Fjordlager AS er lagt til i registeret og valgt.').waitFor();
    await phone.page.getByLabel('Stillingstittel').fill('Lagermedarbeider');
    await phone.page.getByLabel('Ansettelsesform').selectOption({ label: 'Fast ansettelse' });
    await phone.page.getByLabel('Stillingsprosent (valgfritt)').fill('60');
    await phone.page.getByLabel('Startdato').fill(daysAgo(30));
    await phone.page.getByRole('radio', { name: 'Pågående', exact: true }).check();
    await phone.page.getByRole('radio', { name: 'Hver uke', exact: true }).check();
    await phone.page.getByRole('checkbox', { name: 'Lønnstilskudd', exact: true }).check();
    expect(await checkA11y(phone.page, 'placement form')).toEqual([]);
    expect(await noSidewaysScroll('placement form')).toEqual([]);
    await button('Lagre').click();

    await phone.page.getByRole('heading', { name: 'Flytte Kari Kjører til steg 5?', level: 2 }).waitFor();
    expect(await heading('Lagermedarbeider hos Fjordlager AS').isVisible()).toBe(true);
    expect(await checkA11y(phone.page, 'placement page with the step 5 question')).toEqual([]);
    await button('Ja, flytt til steg 5').click();
    await phone.page.getByText('Kari Kjører er flyttet til steg 5').waitFor();
    await link('Formidling for Kari Kjører').click();
    await phone.page.getByText('Nå: Steg 5: Oppfølging').waitFor();
    await phone.page.getByRole('region', { name: 'Formidlinger' }).getByText('Lagermedarbeider hos Fjordlager AS').waitFor();
  });

  it('shows an overdue placement follow-up in “Today” after a visit 12 days ago on a weekly plan', async () => {
    await phone.page
      .getByRole('region', { name: 'Formidlinger' })
      .getByRole('link', { name: /Lagermedarbeider hos Fjordlager AS/ })
      .click();
    await link('Logg oppfølging').click();
    await heading('Oppfølging: Lagermedarbeider').waitFor();
    await phone.page.getByLabel('Dato', { exact: true }).fill(daysAgo(12));
    await phone.page.getByRole('checkbox', { name: 'Leder', exact: true }).check();
    await phone.page.getByLabel(/^Notat/).fill('Besøk på lageret. Trives, leder fornøyd.');
    await phone.page.getByRole('radio', { name: 'Ingen', exact: true }).check();
    expect(await checkA11y(phone.page, 'follow-up form')).toEqual([]);
    expect(await noSidewaysScroll('follow-up form')).toEqual([]);
    await button('Lagre').click();

    await phone.page.getByText('Planen sier hver uke · siste besøk for 12 dager siden · forfalt').waitFor();
    expect(await checkA11y(phone.page, 'placement page, overdue')).toEqual([]);
    expect(await noSidewaysScroll('placement page')).toEqual([]);
    await link('Oversikt').click();
    const today = phone.page.getByRole('region', { name: 'I dag' });
    await today.getByText('Oppfølging på jobben forfalt for 5 dager siden: Lagermedarbeider hos Fjordlager AS').waitFor();
  });

  it('logs a visit from the home screen with three taps and the typed text, and it is on the person’s timeline', async () => {
    await heading('Mine arbeidssøkere').waitFor();
    const action = link('Logg besøk');
    // Always in reach: on screen, above the status line, at least 48 px tall.
    const [box, footer] = await Promise.all([action.boundingBox(), phone.page.locator('.app-footer').boundingBox()]);
    expect(box && footer && box.y + box.height <= footer.y && box.y >= 0 && box.height >= 48).toBe(true);

    taps = 0;
    await tap(action);
    await heading('Logg besøk').waitFor();
    expect(await checkA11y(phone.page, 'quick log, pick a person')).toEqual([]);
    await tap(link(/Kari Kjører/));
    await heading('Logg besøk: Kari Kjører').waitFor();
    expect(await phone.page.getByLabel('Type').inputValue()).toBe('workplace-visit');
    expect(await phone.page.getByRole('radio', { name: '+1 uke', exact: true }).isChecked()).toBe(true);
    expect(await checkA11y(phone.page, 'quick log form')).toEqual([]);
    expect(await noSidewaysScroll('quick log form')).toEqual([]);
    await phone.page.keyboard.type('Lagerbesøk fra bilen. Mestrer truck, trenger mer tid på plukk.');
    await tap(button('Lagre'));

    const confirmation = phone.page.getByRole('status').filter({ hasText: 'Besøket hos Kari Kjører er lagret.' });
    await confirmation.waitFor();
    expect(taps).toBe(3);
    // The visit answers the placement's follow-up: nothing is due in "Today" any more.
    await phone.page.getByRole('region', { name: 'I dag' }).getByText('Ingenting forfaller i dag.').waitFor();

    await link(/Kari Kjører/)
      .last()
      .click();
    await heading('Kari Kjører').waitFor();
    const notes = phone.page.getByRole('region', { name: 'Notater' });
    await notes.getByText('Lagerbesøk fra bilen. Mestrer truck, trenger mer tid på plukk.').waitFor();
    expect(await notes.getByRole('heading', { level: 3 }).first().textContent()).toMatch(/Arbeidsplassbesøk$/);
    expect(problems.errors).toEqual([]);
    expect(problems.cspViolations).toEqual([]);
  });

  it('needs no sideways scrolling on the new screens at 320 px either', async () => {
    await phone.page.setViewportSize({ width: 320, height: 640 });
    const personPath = new URL(phone.page.url()).pathname;
    await phone.page
      .getByRole('region', { name: 'Formidlinger' })
      .getByRole('link', { name: /Lagermedarbeider/ })
      .click();
    const placementPath = new URL(phone.page.url()).pathname;
    const overflowing: string[] = [];
    for (const path of [
      '/',
      '/logg',
      `/logg/${personPath.split('/').at(-1)}`,
      placementPath,
      `${placementPath}/oppfolging/ny`,
      `${placementPath}/rediger`,
      `${personPath}/formidlinger/ny`,
    ]) {
      await phone.page.goto(phone.server.url + path);
      await phone.page.getByRole('heading', { level: 1 }).first().waitFor();
      overflowing.push(...(await noSidewaysScroll(path)));
    }
    expect(overflowing).toEqual([]);
  });
});
