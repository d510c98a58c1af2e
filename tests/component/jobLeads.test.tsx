import { configure, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { jobLeads } from '../../src/data/jobLeadRepository';
import { aJobseekerOnDevice, anAgreementFor, anEmployerOnDevice } from './employerWorld';
import { aFreshDevice, renderApp, TODAY } from './renderApp';

// Screens load on first use, and these journeys type a lot: on a busy
// two-core machine they need more than the default second and five seconds.
configure({ asyncUtilTimeout: 5000 });
vi.setConfig({ testTimeout: 20_000 });

const saveButton = () => screen.getByRole('button', { name: 'Lagre' });

describe('job leads for a jobseeker', () => {
  it('[LEAD-1] registers a lead at an employer not in the register, and lists it on the person page', async () => {
    aFreshDevice();
    const person = await aJobseekerOnDevice('Fiktiv Person');
    await anAgreementFor(person.id, { mayShare: ['Trenger faste rutiner'], mustNotShare: ['Diagnosen'] });
    const { user, router } = renderApp(`/personer/${person.id}`);
    await user.click(await screen.findByRole('link', { name: 'Ny jobbmulighet' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Ny jobbmulighet for Fiktiv Person' })).toBeInTheDocument();
    expect(screen.getByText(/Fiktiv Person har samtykket til at arbeidsgivere kan kontaktes/)).toBeInTheDocument();
    expect(screen.getByRole('list', { name: 'Kan formidles til arbeidsgiver' })).toHaveTextContent('Trenger faste rutiner');
    expect(screen.getByRole('list', { name: 'Skal ikke deles' })).toHaveTextContent('Diagnosen');
    expect(screen.getByRole('combobox', { name: 'Arbeidsgiver i registeret' })).toHaveValue('');
    await user.type(screen.getByRole('textbox', { name: /^Arbeidsgiverens navn/ }), 'Fiktiv Kafé');
    await user.type(screen.getByLabelText('Stilling'), 'Kafémedarbeider');
    await user.type(screen.getByRole('textbox', { name: /^Kilde/ }), 'Stillingsannonse');
    expect(screen.getByRole('radio', { name: 'Idé' })).toBeChecked();
    await user.click(saveButton());

    await waitFor(() => expect(router.state.location.pathname).toBe(`/personer/${person.id}`));
    const leads = await screen.findByRole('list', { name: 'Jobbmuligheter' });
    expect(leads).toHaveTextContent('Kafémedarbeider hos Fiktiv Kafé');
    expect(within(leads).getByText('Status: Idé')).toBeInTheDocument();
    expect(await jobLeads.forPerson(person.id)).toMatchObject([
      { employerId: '', employerName: 'Fiktiv Kafé', jobTitle: 'Kafémedarbeider', source: 'Stillingsannonse', status: 'idea', date: TODAY },
    ]);
  });

  it('[LEAD-1] needs an employer from the register or a name', async () => {
    aFreshDevice();
    const person = await aJobseekerOnDevice('Fiktiv Person');
    const { user } = renderApp(`/personer/${person.id}/jobbmuligheter/ny`);
    await user.type(await screen.findByLabelText('Stilling'), 'Lagermedarbeider');
    await user.click(saveButton());
    expect(await screen.findByRole('link', { name: /^Arbeidsgiverens navn: Velg en arbeidsgiver/ })).toBeInTheDocument();
    expect(await jobLeads.forPerson(person.id)).toEqual([]);
  });

  it('[CONSENT-1] [LEAD-2] warns when a person who said no is moved to "contacted", and saves the new status', async () => {
    aFreshDevice();
    const bakery = await anEmployerOnDevice({ name: 'Fiktiv Bakeri AS' });
    const person = await aJobseekerOnDevice('Fiktiv Person');
    await anAgreementFor(person.id, { mayContactEmployers: false, mustNotShare: ['Rusbakgrunn'] });
    const added = await jobLeads.add(person.id, { employerId: bakery.id, jobTitle: 'Baker', date: '2026-11-10' }, TODAY);
    if (!added.ok) throw new Error('fixture rejected');
    const { user, router } = renderApp(`/personer/${person.id}`);

    const section = await screen.findByRole('region', { name: 'Arbeidsgivere og jobbmuligheter' });
    expect(within(section).getByText(/Fiktiv Person har sagt nei til at arbeidsgivere kontaktes/)).toBeInTheDocument();
    expect(within(section).getByText('Baker hos Fiktiv Bakeri AS')).toBeInTheDocument();
    await user.click(within(section).getByRole('link', { name: 'Endre «Baker»' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Endre jobbmulighet for Fiktiv Person' })).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Arbeidsgiver i registeret' })).toHaveValue(bakery.id);
    expect(screen.getByRole('list', { name: 'Skal ikke deles' })).toHaveTextContent('Rusbakgrunn');
    expect(screen.queryByText(/betyr at Fiktiv Person presenteres/)).not.toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: 'Kontaktet' }));
    expect(
      screen.getByText(
        'Status «Kontaktet» betyr at Fiktiv Person presenteres for arbeidsgiveren, men personen har ikke samtykket til det.',
      ),
    ).toBeInTheDocument();
    await user.click(saveButton());

    await waitFor(() => expect(router.state.location.pathname).toBe(`/personer/${person.id}`));
    expect(await screen.findByText('Status: Kontaktet')).toBeInTheDocument();
    expect((await jobLeads.get(added.value.id))?.status).toBe('contacted');
  });

  it('[CONSENT-1] warns on the person page and in the form when there is no agreement at all', async () => {
    aFreshDevice();
    const person = await aJobseekerOnDevice('Fiktiv Person');
    renderApp(`/personer/${person.id}/jobbmuligheter/ny`);
    expect(await screen.findByText(/Ingen samarbeidsavtale er registrert for Fiktiv Person\. Ikke presenter personen/)).toBeInTheDocument();
  });
});
