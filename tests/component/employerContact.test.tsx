import { configure, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { employerContacts } from '../../src/data/employerContactRepository';
import { aContactPersonAt, aContactWith, aJobseekerOnDevice, anAgreementFor, anEmployerOnDevice } from './employerWorld';
import { aFreshDevice, renderApp, TODAY } from './renderApp';

// Screens load on first use, and these journeys type a lot: on a busy
// two-core machine they need more than the default second and five seconds.
configure({ asyncUtilTimeout: 5000 });
vi.setConfig({ testTimeout: 20_000 });

const saveButton = () => screen.getByRole('button', { name: 'Lagre' });

describe('logging an employer contact from the employer page', () => {
  it('logs a general job-development contact with who was met, and shows it first in the log', async () => {
    const db = aFreshDevice();
    const bakery = await anEmployerOnDevice();
    const leader = await aContactPersonAt(bakery.id, { name: 'Bodil Bestemmer', role: 'Daglig leder' });
    await aContactWith(bakery.id, { date: '2026-11-02', note: 'Første telefon' });
    const { user, router } = renderApp(`/arbeidsgivere/${bakery.id}`);
    await user.click(await screen.findByRole('link', { name: 'Logg kontakt' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Logg arbeidsgiverkontakt' })).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Arbeidsgiver' })).toHaveValue(bakery.id);
    expect(screen.getByLabelText('Dato')).toHaveValue(TODAY);
    await user.click(screen.getByRole('radio', { name: 'Fysisk' }));
    await user.click(screen.getByRole('radio', { name: 'Generell jobbutvikling' }));
    await user.click(screen.getByRole('checkbox', { name: 'Bodil Bestemmer, Daglig leder' }));
    await user.type(screen.getByRole('textbox', { name: /^Andre du møtte/ }), 'En kokk');
    await user.click(screen.getByRole('radio', { name: 'Ledig stilling' }));
    await user.type(screen.getByLabelText('Følge opp igjen (valgfritt)'), '2026-12-01');
    await user.type(screen.getByLabelText('Notat (valgfritt)'), 'Trenger folk i julen');
    await user.click(saveButton());

    await waitFor(() => expect(router.state.location.pathname).toBe(`/arbeidsgivere/${bakery.id}`));
    expect(await screen.findByText('Arbeidsgiverkontakten er lagret')).toBeInTheDocument();
    const log = screen.getByRole('list', { name: 'Kontaktlogg' });
    const [newest, older] = within(log).getAllByRole('listitem');
    expect(newest).toHaveTextContent('23. nov. 2026 · Fysisk');
    expect(newest).toHaveTextContent('Resultat: Ledig stilling');
    expect(newest).toHaveTextContent('Generell jobbutvikling');
    expect(newest).toHaveTextContent('Møtte: Bodil Bestemmer, En kokk');
    expect(newest).toHaveTextContent('Trenger folk i julen');
    expect(newest).toHaveTextContent('Følge opp 1. des. 2026');
    expect(older).toHaveTextContent('Første telefon');
    const [saved] = await employerContacts.forEmployer(bakery.id);
    expect(saved).toMatchObject({
      purpose: 'general',
      jobseekerIds: [],
      contactPersonIds: [leader.id],
      metWith: 'En kokk',
      outcome: 'job-opening',
    });
    expect((await db.outbox.toArray()).filter((entry) => entry.table === 'employerContacts')).toHaveLength(2);
  });

  it('[EMPCONTACT-1] [EMPCONTACT-2] refuses a follow-up before the contact, and a contact for named jobseekers without any', async () => {
    aFreshDevice();
    const bakery = await anEmployerOnDevice();
    const { user } = renderApp(`/arbeidsgiverkontakt/ny?arbeidsgiver=${bakery.id}`);
    await user.click(await screen.findByRole('radio', { name: 'Telefon' }));
    await user.click(screen.getByRole('radio', { name: 'For bestemte arbeidssøkere' }));
    await user.click(screen.getByRole('radio', { name: 'Ikke behov nå' }));
    await user.type(screen.getByLabelText('Følge opp igjen (valgfritt)'), '2026-11-01');
    await user.click(saveButton());

    expect(
      await screen.findByRole('link', { name: 'Følge opp igjen (valgfritt): Oppfølgingsdatoen kan ikke være før kontaktens dato' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /^Arbeidssøkere kontakten gjaldt: Velg minst én arbeidssøker/ })).toHaveAttribute(
      'href',
      '#field-jobseekerIds',
    );
    expect(await employerContacts.forEmployer(bakery.id)).toEqual([]);
  });

  it('asks for an employer, a channel and an outcome', async () => {
    aFreshDevice();
    await anEmployerOnDevice();
    const { user } = renderApp('/arbeidsgiverkontakt/ny');
    await user.click(await screen.findByRole('radio', { name: 'Generell jobbutvikling' }));
    await user.click(saveButton());
    expect(await screen.findByRole('link', { name: /^Arbeidsgiver: Velg en arbeidsgiver/ })).toHaveAttribute('href', '#field-employerId');
    expect(screen.getByRole('link', { name: 'Kanal: Må fylles ut' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Resultat: Må fylles ut' })).toBeInTheDocument();
    expect(await employerContacts.list()).toEqual([]);
  });
});

describe('logging an employer contact from a jobseeker page', () => {
  it('[IPS-3] ticks the person, lets the employer be chosen, goes back, and shows the first face-to-face contact against 30 days', async () => {
    aFreshDevice();
    await anEmployerOnDevice({ name: 'Øvre Bilverksted' });
    const bakery = await anEmployerOnDevice({ name: 'Fiktiv Bakeri AS' });
    const person = await aJobseekerOnDevice('Fiktiv Person', '2026-11-01');
    await anAgreementFor(person.id, { mayShare: ['Punktlig'], mustNotShare: ['Diagnosen'] });
    const { user, router } = renderApp(`/personer/${person.id}`);

    const section = await screen.findByRole('region', { name: 'Arbeidsgivere og jobbmuligheter' });
    expect(within(section).getByText(/Ikke ennå\. 22 dager siden henvisning, 8 dager igjen av målet på 30 dager\./)).toBeInTheDocument();
    await user.click(within(section).getByRole('link', { name: 'Logg arbeidsgiverkontakt' }));

    expect(await screen.findByRole('checkbox', { name: 'Fiktiv Person' })).toBeChecked();
    expect(screen.getByRole('radio', { name: 'For bestemte arbeidssøkere' })).toBeChecked();
    const consent = await screen.findByRole('region', { name: 'Samtykke for Fiktiv Person' });
    expect(within(consent).getByText(/har samtykket til at arbeidsgivere kan kontaktes/)).toBeInTheDocument();
    expect(within(consent).getByRole('list', { name: 'Skal ikke deles' })).toHaveTextContent('Diagnosen');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Arbeidsgiver' }), 'Fiktiv Bakeri AS');
    const date = screen.getByLabelText('Dato');
    await user.clear(date);
    await user.type(date, '2026-11-20');
    await user.click(screen.getByRole('radio', { name: 'Fysisk' }));
    await user.click(screen.getByRole('radio', { name: 'Avtalt arbeidstrening' }));
    await user.click(saveButton());

    await waitFor(() => expect(router.state.location.pathname).toBe(`/personer/${person.id}`));
    const after = await screen.findByRole('region', { name: 'Arbeidsgivere og jobbmuligheter' });
    expect(await within(after).findByText('20. nov. 2026, 19 dager etter henvisning. Innenfor målet på 30 dager.')).toBeInTheDocument();
    const contacts = within(after).getByRole('list', { name: 'Arbeidsgiverkontakter' });
    expect(within(contacts).getByRole('link', { name: 'Fiktiv Bakeri AS' })).toHaveAttribute('href', `/arbeidsgivere/${bakery.id}`);
    expect(contacts).toHaveTextContent('Resultat: Avtalt arbeidstrening');
  });

  it('[CONSENT-1] warns in words when a ticked person has no agreement', async () => {
    aFreshDevice();
    await anEmployerOnDevice();
    const person = await aJobseekerOnDevice('Fiktiv Person');
    renderApp(`/arbeidsgiverkontakt/ny?person=${person.id}`);
    const consent = await screen.findByRole('region', { name: 'Samtykke for Fiktiv Person' });
    expect(
      within(consent).getByText(/Ingen samarbeidsavtale er registrert for Fiktiv Person\. Ikke presenter personen/),
    ).toBeInTheDocument();
  });

  it('[IPS-1] does not count a phone contact as the first face-to-face meeting', async () => {
    aFreshDevice();
    const bakery = await anEmployerOnDevice();
    const person = await aJobseekerOnDevice('Fiktiv Person', '2026-10-01');
    await aContactWith(bakery.id, { purpose: 'jobseekers', jobseekerIds: [person.id], channel: 'phone', date: '2026-10-05' });
    renderApp(`/personer/${person.id}`);
    const section = await screen.findByRole('region', { name: 'Arbeidsgivere og jobbmuligheter' });
    expect(await within(section).findByText('Ikke ennå, og målet på 30 dager er passert: 53 dager siden henvisning.')).toBeInTheDocument();
    expect(within(section).getByRole('list', { name: 'Arbeidsgiverkontakter' })).toHaveTextContent('5. okt. 2026 · Telefon');
  });
});
