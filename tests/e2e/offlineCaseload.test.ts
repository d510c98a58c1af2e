import { describe, expect, it } from 'vitest';
import { checkA11y, waitForServiceWorkerControl, watchPageProblems, aPhoneForThisFile } from './harness.ts';

// The whole first issue in one journey, as a specialist with no signal would
// live it: install (service worker), lose the network, and keep working.

const phone = aPhoneForThisFile();

const link = (name: string | RegExp) => phone.page.getByRole('link', { name, exact: typeof name === 'string' });
const button = (name: string) => phone.page.getByRole('button', { name, exact: true });
const save = () => button('Lagre').click();

describe('the caseload on a phone with no network', () => {
  it('works offline from the second visit: add a person, move steps, record consent, write a note, reload', async () => {
    const problems = watchPageProblems(phone.page);
    await phone.page.goto(phone.server.url);
    await waitForServiceWorkerControl(phone.page);
    await phone.context.setOffline(true);
    await phone.page.reload();
    await expect.poll(() => phone.page.getByRole('heading', { name: 'Ingen arbeidssøkere ennå' }).isVisible()).toBe(true);
    expect(await checkA11y(phone.page, 'caseload, empty')).toEqual([]);

    await link('Ny arbeidssøker').click();
    await phone.page.getByLabel('Navn', { exact: true }).fill('Frida Frakoblet');
    await phone.page.getByLabel('Telefon', { exact: true }).fill('912 34 567');
    await save();
    await phone.page.getByRole('heading', { name: 'Frida Frakoblet', level: 1 }).waitFor();
    expect(await phone.page.getByText('Frakoblet – alt lagres på enheten').isVisible()).toBe(true);

    await link('Gjør aktiv').click();
    await save();
    await phone.page.getByText('Nå: Steg 1: Kontakt og avtale').waitFor();
    await link('Endre steg').click();
    await phone.page.getByRole('radio', { name: /^2\. Yrkeskartlegging/ }).check();
    await save();
    await phone.page.getByText('Nå: Steg 2: Yrkeskartlegging').waitFor();
    await link('Endre steg').click();
    await phone.page.getByRole('radio', { name: /^1\. Innledende kontakt/ }).check();
    await phone.page.getByLabel('Begrunnelse (må fylles ut når personen går tilbake)').fill('Ønsker å tenke gjennom målet på nytt');
    await save();
    await phone.page.getByText('Nå: Steg 1: Kontakt og avtale').waitFor();

    await link('Registrer samarbeidsavtale').click();
    await phone.page.getByRole('radio', { name: 'Ja, arbeidsgivere kan kontaktes' }).check();
    await save();
    await phone.page.getByText('Samarbeidsavtalen er lagret').waitFor();

    await link('Skriv notat').first().click();
    await phone.page.getByLabel('Type møte eller kontakt').selectOption({ label: 'Møte med deltaker' });
    await phone.page.getByLabel('Notat', { exact: true }).fill('Første samtale på kafé. Ønsker jobb i lager.');
    expect(await checkA11y(phone.page, 'note form')).toEqual([]);
    await save();
    await phone.page.getByText('Notatet er lagret').waitFor();
    expect(await checkA11y(phone.page, 'person page')).toEqual([]);

    await phone.page.reload();
    await phone.page.getByRole('heading', { name: 'Frida Frakoblet', level: 1 }).waitFor();
    expect(await phone.page.getByText('Nå: Steg 1: Kontakt og avtale').isVisible()).toBe(true);
    expect(await phone.page.getByText('Begrunnelse: Ønsker å tenke gjennom målet på nytt').isVisible()).toBe(true);
    expect(await phone.page.getByText('Første samtale på kafé. Ønsker jobb i lager.').isVisible()).toBe(true);
    expect(await phone.page.getByText('Arbeidsgivere kan kontaktes', { exact: true }).isVisible()).toBe(true);

    await link('Oversikt').click();
    await link(/Frida Frakoblet/).waitFor();
    expect(await checkA11y(phone.page, 'caseload with a person')).toEqual([]);
    await link('Innstillinger').click();
    await phone.page.getByRole('heading', { name: 'Innstillinger', level: 1 }).waitFor();
    expect(await checkA11y(phone.page, 'settings')).toEqual([]);
    expect(problems.errors).toEqual([]);
    expect(problems.cspViolations).toEqual([]);
  });

  it('keeps a half-typed note as a draft through a reload, offline', async () => {
    await phone.context.setOffline(true);
    await phone.page.goto(`${phone.server.url}/`);
    await link(/Frida Frakoblet/).click();
    await link('Skriv notat').first().click();
    const text = phone.page.getByLabel('Notat', { exact: true });
    await text.fill('Halvferdig notat fra bilen');
    await phone.page.waitForTimeout(600); // longer than the draft's save delay
    await phone.page.reload();
    await expect.poll(() => phone.page.getByLabel('Notat', { exact: true }).inputValue()).toBe('Halvferdig notat fra bilen');
    expect(await phone.page.getByText(/Vi har hentet fram det du skrev sist/).isVisible()).toBe(true);
  });
});
