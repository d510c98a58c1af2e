import { describe, expect, it } from 'vitest';
import { addDaysIso, toIsoDate } from '../../src/domain/dates.ts';
import { checkA11y, waitForServiceWorkerControl, watchPageProblems, aPhoneForThisFile } from './harness.ts';

// Steps 3–4 on a 360 px phone with no network: an employer into the
// register (a wrong orgnr first), a contact person, and the first meeting
// with the employer for a jobseeker, seen against the 30-day IPS measure.

const phone = aPhoneForThisFile();

const link = (name: string | RegExp) => phone.page.getByRole('link', { name, exact: typeof name === 'string' });
const save = () => phone.page.getByRole('button', { name: 'Lagre', exact: true }).click();
const heading = (name: string) => phone.page.getByRole('heading', { name, level: 1 }).waitFor();

describe('employers on a phone with no network', () => {
  it('registers an employer and a contact person, logs a meeting for a jobseeker, and shows the 30-day measure', async () => {
    const problems = watchPageProblems(phone.page);
    await phone.page.goto(phone.server.url);
    await waitForServiceWorkerControl(phone.page);
    await phone.context.setOffline(true);
    await phone.page.reload();

    // The header keeps three menu items and the name within the phone's width.
    expect(await phone.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await link('Arbeidsgivere').click();
    await heading('Arbeidsgivere');
    expect(await phone.page.getByText(/Ingen arbeidsgivere er registrert ennå/).isVisible()).toBe(true);
    expect(await checkA11y(phone.page, 'employer register, empty')).toEqual([]);

    await link('Ny arbeidsgiver').click();
    await phone.page.getByLabel('Navn på arbeidsgiver').fill('Fiktiv Bakeri AS');
    await phone.page.getByLabel('Organisasjonsnummer (valgfritt)').fill('123 456 789');
    await save();
    await phone.page.getByRole('link', { name: /^Organisasjonsnummer \(valgfritt\): Organisasjonsnummeret må ha 9 siffer/ }).waitFor();
    expect(await checkA11y(phone.page, 'employer form with an orgnr error')).toEqual([]);
    await phone.page.getByLabel('Organisasjonsnummer (valgfritt)').fill('974 760 673');
    await phone.page.getByLabel('Telefon (valgfritt)').fill('22 33 44 55');
    await phone.page.getByLabel('Adresse (valgfritt)').fill('Fiktivveien 1, 0150 Oslo');
    await save();
    await heading('Fiktiv Bakeri AS');
    expect(await phone.page.getByText('Org.nr. 974 760 673').isVisible()).toBe(true);
    expect(await link('Ring 223 34 455').getAttribute('href')).toBe('tel:+4722334455');

    await link('Legg til kontaktperson').click();
    await phone.page.getByLabel('Navn', { exact: true }).fill('Bodil Bestemmer');
    await phone.page.getByLabel('Rolle (valgfritt)').fill('Daglig leder');
    await phone.page.getByRole('checkbox', { name: /^Beslutningstaker/ }).check();
    expect(await checkA11y(phone.page, 'contact person form')).toEqual([]);
    await save();
    await phone.page.getByText('Kontaktpersonen Bodil Bestemmer er lagret').waitFor();
    expect(await phone.page.getByText('Beslutningstaker', { exact: true }).isVisible()).toBe(true);
    expect(await checkA11y(phone.page, 'employer page')).toEqual([]);

    const referral = addDaysIso(toIsoDate(new Date()), -10);
    await link('Oversikt').click();
    await link('Ny arbeidssøker').click();
    await phone.page.getByLabel('Navn', { exact: true }).fill('Frida Fiktiv');
    await phone.page.getByLabel('Henvist dato').fill(referral);
    await save();
    await heading('Frida Fiktiv');
    await phone.page.getByText('Ikke ennå. 10 dager siden henvisning, 20 dager igjen av målet på 30 dager.').waitFor();

    await link('Logg arbeidsgiverkontakt').click();
    await heading('Logg arbeidsgiverkontakt');
    expect(await phone.page.getByRole('checkbox', { name: 'Frida Fiktiv' }).isChecked()).toBe(true);
    await phone.page.getByLabel('Arbeidsgiver', { exact: true }).selectOption({ label: 'Fiktiv Bakeri AS (974 760 673)' });
    await phone.page.getByRole('radio', { name: 'Fysisk' }).check();
    await phone.page.getByRole('checkbox', { name: 'Bodil Bestemmer, Daglig leder' }).check();
    await phone.page.getByRole('radio', { name: 'Avtalt arbeidstrening' }).check();
    expect(await checkA11y(phone.page, 'employer contact form')).toEqual([]);
    await save();
    await heading('Frida Fiktiv');
    await phone.page.getByText('Arbeidsgiverkontakten er lagret').waitFor();
    expect(await phone.page.getByText(/, 10 dager etter henvisning\. Innenfor målet på 30 dager\./).isVisible()).toBe(true);
    expect(await checkA11y(phone.page, 'person page with employer work')).toEqual([]);

    await phone.page.reload();
    await link('Arbeidsgivere').click();
    await heading('Arbeidsgivere');
    const row = link(/^Fiktiv Bakeri AS Status: Ny/);
    await row.waitFor();
    expect(await row.textContent()).toContain('1 kontakt');
    expect(await checkA11y(phone.page, 'employer register')).toEqual([]);
    expect(problems.errors).toEqual([]);
    expect(problems.cspViolations).toEqual([]);
  });
});
