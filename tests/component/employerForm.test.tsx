import { configure, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { contactPersons, employers } from '../../src/data/employerRepository';
import { aContactPersonAt, aContactWith, anEmployerOnDevice } from './employerWorld';
import { aFreshDevice, renderApp } from './renderApp';

// Screens load on first use, and these journeys type a lot: on a busy
// two-core machine they need more than the default second and five seconds.
configure({ asyncUtilTimeout: 5000 });
vi.setConfig({ testTimeout: 20_000 });

const saveButton = () => screen.getByRole('button', { name: 'Lagre' });

describe('the employer register', () => {
  it('starts empty with a way to add the first employer', async () => {
    aFreshDevice();
    const { user, router } = renderApp('/arbeidsgivere');
    expect(await screen.findByRole('heading', { level: 1, name: 'Arbeidsgivere' })).toBeInTheDocument();
    expect(screen.getByText(/Ingen arbeidsgivere er registrert ennå/)).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'Ny arbeidsgiver' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/arbeidsgivere/ny'));
  });

  it('[EMPLOYER-1] [EMPLOYER-2] [EMPLOYER-3] lists each employer with status, last contact, number of contacts and placements, and searches by name or orgnr', async () => {
    const db = aFreshDevice();
    const bakery = await anEmployerOnDevice({ name: 'Fiktiv Bakeri AS', orgnr: '974760673', relationship: 'partner' });
    await anEmployerOnDevice({ name: 'Øvre Bilverksted', orgnr: '123456785' });
    await aContactWith(bakery.id, { date: '2026-11-02' });
    await aContactWith(bakery.id, { date: '2026-11-20' });
    const placement = { teamId: 't', createdBy: 'u', updatedAt: 'x', jobseekerId: 'p', employerId: bakery.id };
    await db.placements.bulkAdd([
      { ...placement, id: 'pl-1', status: 'ongoing' },
      { ...placement, id: 'pl-2', status: 'ended' },
    ] as never[]);
    const { user } = renderApp('/arbeidsgivere');

    const row = (await screen.findByText('Fiktiv Bakeri AS')).closest('a')!;
    expect(row).toHaveAttribute('href', `/arbeidsgivere/${bakery.id}`);
    expect(within(row).getByText('Status: Samarbeidspartner')).toBeInTheDocument();
    expect(within(row).getByText('Org.nr. 974 760 673')).toBeInTheDocument();
    expect(within(row).getByText('Siste kontakt 20. nov. 2026 · 2 kontakter')).toBeInTheDocument();
    expect(within(row).getByText('Formidlinger: 1 nå, 1 tidligere')).toBeInTheDocument();
    const garage = screen.getByText('Øvre Bilverksted').closest('a')!;
    expect(within(garage).getByText('Status: Ny')).toBeInTheDocument();
    expect(within(garage).getByText('Ingen kontakter ennå')).toBeInTheDocument();
    expect(within(garage).getByText('Ingen formidlinger')).toBeInTheDocument();

    const search = screen.getByRole('searchbox', { name: 'Søk på navn eller organisasjonsnummer' });
    await user.type(search, 'bilverk');
    expect(screen.queryByText('Fiktiv Bakeri AS')).not.toBeInTheDocument();
    expect(screen.getByText('Viser 1 av 2')).toBeInTheDocument();
    await user.clear(search);
    await user.type(search, '974 760');
    expect(screen.getByText('Fiktiv Bakeri AS')).toBeInTheDocument();
    expect(screen.queryByText('Øvre Bilverksted')).not.toBeInTheDocument();
  });
});

describe('adding and editing an employer', () => {
  it('[ORGNR-1] explains a wrong organisation number and saves nothing, then saves the right one', async () => {
    const db = aFreshDevice();
    const { user, router } = renderApp('/arbeidsgivere/ny');
    await user.type(await screen.findByLabelText('Navn på arbeidsgiver'), 'Fiktiv Bakeri AS');
    const orgnr = screen.getByRole('textbox', { name: 'Organisasjonsnummer (valgfritt)' });
    await user.type(orgnr, '123 456 789');
    await user.click(saveButton());

    const message = 'Organisasjonsnummeret må ha 9 siffer med riktig kontrollsiffer';
    expect(await screen.findByRole('link', { name: `Organisasjonsnummer (valgfritt): ${message}` })).toHaveAttribute(
      'href',
      '#field-orgnr',
    );
    expect(screen.getByRole('textbox', { name: 'Organisasjonsnummer (valgfritt)', description: new RegExp(message) })).toBeInTheDocument();
    expect(await employers.list()).toEqual([]);

    await user.clear(orgnr);
    await user.type(orgnr, '974 760 673');
    await user.click(screen.getByRole('radio', { name: 'I dialog' }));
    await user.type(screen.getByLabelText('Telefon (valgfritt)'), '22 33 44 55');
    await user.click(saveButton());

    await waitFor(async () => expect(await employers.list()).toHaveLength(1));
    const [saved] = await employers.list();
    expect(saved).toMatchObject({ name: 'Fiktiv Bakeri AS', orgnr: '974760673', phone: '22334455', relationship: 'in-dialogue' });
    await waitFor(() => expect(router.state.location.pathname).toBe(`/arbeidsgivere/${saved!.id}`));
    expect(await screen.findByText('Fiktiv Bakeri AS er lagret')).toBeInTheDocument();
    expect((await db.outbox.toArray()).map((entry) => entry.table)).toEqual(['employers']);
  });

  it('[EMPLOYER-4] refuses an organisation number another employer already has', async () => {
    aFreshDevice();
    await anEmployerOnDevice({ name: 'Fiktiv Bakeri AS', orgnr: '974760673' });
    const { user } = renderApp('/arbeidsgivere/ny');
    await user.type(await screen.findByLabelText('Navn på arbeidsgiver'), 'Fiktiv Bakeri Avd. 2');
    await user.type(screen.getByLabelText('Organisasjonsnummer (valgfritt)'), '974760673');
    await user.click(saveButton());
    expect(await screen.findAllByText(/allerede dette organisasjonsnummeret/)).not.toHaveLength(0);
    expect(await employers.list()).toHaveLength(1);
  });

  it('opens an employer with what was saved and keeps the edit', async () => {
    aFreshDevice();
    const bakery = await anEmployerOnDevice({ name: 'Fiktiv Bakeri AS', orgnr: '974760673', industry: 'Bakeri' });
    const { user } = renderApp(`/arbeidsgivere/${bakery.id}/rediger`);
    expect(await screen.findByLabelText('Organisasjonsnummer (valgfritt)')).toHaveValue('974 760 673');
    expect(screen.getByRole('radio', { name: 'Ny' })).toBeChecked();
    await user.click(screen.getByRole('radio', { name: 'Ikke aktuell' }));
    await user.click(saveButton());
    await waitFor(async () => expect((await employers.get(bakery.id))?.relationship).toBe('not-relevant'));
    expect((await employers.get(bakery.id))?.industry).toBe('Bakeri');
  });
});

describe('the employer page', () => {
  it('reaches the employer by phone, SMS and map, and opens its web site', async () => {
    aFreshDevice();
    const bakery = await anEmployerOnDevice({ phone: '22334455', address: 'Fiktivveien 1, 0150 Oslo', web: 'bakeri.example' });
    renderApp(`/arbeidsgivere/${bakery.id}`);
    expect(await screen.findByRole('link', { name: 'Ring 223 34 455' })).toHaveAttribute('href', 'tel:+4722334455');
    expect(screen.getByRole('link', { name: 'Send SMS til Fiktiv Bakeri AS' })).toHaveAttribute('href', 'sms:+4722334455');
    expect(screen.getByRole('link', { name: 'Vis adressen i kart: Fiktivveien 1, 0150 Oslo' })).toHaveAttribute(
      'href',
      'https://maps.apple.com/?q=Fiktivveien%201%2C%200150%20Oslo',
    );
    expect(screen.getByRole('link', { name: 'Nettside: bakeri.example' })).toHaveAttribute('href', 'https://bakeri.example');
  });

  it('adds a contact person marked as decision maker, who is listed first and called so in words', async () => {
    aFreshDevice();
    const bakery = await anEmployerOnDevice();
    await aContactPersonAt(bakery.id, { name: 'Anne Assistent', role: 'Skiftleder' });
    const { user, router } = renderApp(`/arbeidsgivere/${bakery.id}`);
    await user.click(await screen.findByRole('link', { name: 'Legg til kontaktperson' }));
    await user.type(await screen.findByLabelText('Navn'), 'Bodil Bestemmer');
    await user.type(screen.getByLabelText('Rolle (valgfritt)'), 'Daglig leder');
    await user.type(screen.getByLabelText('Telefon (valgfritt)'), '+47 912 34 567');
    await user.type(screen.getByLabelText('E-post (valgfritt)'), 'bodil@bakeri.example');
    await user.click(screen.getByRole('checkbox', { name: /^Beslutningstaker/ }));
    await user.click(saveButton());

    await waitFor(() => expect(router.state.location.pathname).toBe(`/arbeidsgivere/${bakery.id}`));
    const section = await screen.findByRole('region', { name: 'Kontaktpersoner' });
    const items = within(section).getAllByRole('listitem');
    expect(items[0]).toHaveTextContent('Bodil Bestemmer, Daglig leder');
    expect(within(items[0]!).getByText('Beslutningstaker')).toBeInTheDocument();
    expect(within(items[0]!).getByRole('link', { name: 'Ring 912 34 567' })).toHaveAttribute('href', 'tel:+4791234567');
    expect(within(items[0]!).getByRole('link', { name: 'E-post: bodil@bakeri.example' })).toHaveAttribute(
      'href',
      'mailto:bodil@bakeri.example',
    );
    expect(items[1]).toHaveTextContent('Anne Assistent, Skiftleder');
    expect(within(items[1]!).queryByText('Beslutningstaker')).not.toBeInTheDocument();
    expect(await contactPersons.forEmployer(bakery.id)).toHaveLength(2);
  });

  it('edits a contact person', async () => {
    aFreshDevice();
    const bakery = await anEmployerOnDevice();
    const person = await aContactPersonAt(bakery.id, { name: 'Anne Assistent' });
    const { user } = renderApp(`/arbeidsgivere/${bakery.id}`);
    await user.click(await screen.findByRole('link', { name: 'Endre Anne Assistent' }));
    const name = await screen.findByLabelText('Navn');
    expect(name).toHaveValue('Anne Assistent');
    await user.type(screen.getByLabelText('Rolle (valgfritt)'), 'Butikksjef');
    await user.click(saveButton());
    await waitFor(async () => expect((await contactPersons.get(person.id))?.role).toBe('Butikksjef'));
  });
});
